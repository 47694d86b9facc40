# String building: concatenate str(i) pieces into growing strings, track
# their lengths, and join the pieces with a separator.


def build(n, start):
    s = ""
    for i in range(start, start + n):
        s = s + str(i)
        s = s + ","
    return s


def run(rounds, pieces, n):
    checksum = 0
    total_len = 0
    for r in range(rounds):
        parts = []
        for k in range(pieces):
            piece = build(n, r * 1000 + k)
            parts.append(piece)
            checksum = (checksum * 31 + len(piece)) % 1000000007
        joined = "|".join(parts)
        total_len = total_len + len(joined)
    print(total_len)
    return checksum


print(run(40, 10, 10000))
