def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        out = digits[n % b] + out
        n //= b
    return "-" + out if neg else out

values = [0, 1, -1, 35, 36, 255, -4096, 2 ** 64 + 12345, -(3 ** 50)]
bases = [2, 3, 8, 10, 16, 36]
bad = 0
for v in values:
    for b in bases:
        s = to_base(v, b)
        if int(s, b) != v:
            bad += 1
    print(v, to_base(v, 2)[:20], to_base(v, 36))
print("mismatches", bad)
print(int("zz", 36), int("ZZ", 36), int("-Zz", 36), int("10", 36))
print(int(hex(2 ** 70), 16) == 2 ** 70, int(oct(-(2 ** 70)), 8) == -(2 ** 70), int(bin(7 ** 30), 2) == 7 ** 30)
for text, b in [("101", 2), ("101", 3), ("101", 36), ("777", 8), ("1_0_1", 2), ("  11  ", 2)]:
    print(repr(text), b, int(text, b))
