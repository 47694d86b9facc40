def rle_encode(s):
    if not s:
        return ""
    out = ""
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out += str(count) + prev
            prev = ch
            count = 1
    out += str(count) + prev
    return out

def rle_decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out

for s in ["aaabbbcccd", "abc", "", "a", "zzzzzzzzzzzz", "aabbaa", "😀😀😀中中", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]:
    e = rle_encode(s)
    d = rle_decode(e)
    print(repr(s), repr(e), d == s)
def compress_spaces(s):
    out = ""
    prev_space = False
    for ch in s:
        if ch == " ":
            if not prev_space:
                out += ch
            prev_space = True
        else:
            out += ch
            prev_space = False
    return out
print(repr(compress_spaces("a   b    c  ")))
try:
    rle_decode("3a2")
    print(repr(rle_decode("3a2")))
    rle_decode("a")
except ValueError as e:
    print("ValueError", e)
