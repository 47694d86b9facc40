def hms(seconds):
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    out = sign
    if d:
        out += str(d) + "d "
    return out + str(h).zfill(2) + ":" + str(m).zfill(2) + ":" + str(s).zfill(2)

for secs in [0, 59, 60, 61, 3599, 3600, 3661, 86399, 86400, 90061, 1000000, -3661, 10 ** 9]:
    print(secs, hms(secs))

def to_base_digits(n, base):
    digits = []
    while True:
        n, r = divmod(n, base)
        digits.append(r)
        if n == 0:
            break
    return digits[::-1]

print(to_base_digits(255, 16), to_base_digits(255, 2), to_base_digits(0, 10), to_base_digits(10 ** 20, 1000))
def make_change(cents):
    out = {}
    for coin in [25, 10, 5, 1]:
        count, cents = divmod(cents, coin)
        if count:
            out[coin] = count
    return out
for c in [0, 1, 30, 99, 100, 287]:
    print(c, make_change(c))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 1e299))
