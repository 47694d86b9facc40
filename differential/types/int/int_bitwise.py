# & | ^ ~ on ints of every size and sign, bools mixed in, and the errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [0, 1, -1, 6, -6, 255, -256, 2 ** 47 - 1, -2 ** 47, 2 ** 47, 2 ** 64 - 1, -(2 ** 64),
        2 ** 100 + 12345, -(2 ** 100) - 12345, True, False]
for a in vals:
    print(a, ~a, -a, +a, abs(a))
    for b in vals:
        print(a, b, a & b, a | b, a ^ b)
t("float and", lambda: 1 & 1.0)
t("float or", lambda: 2.5 | 1)
t("str xor", lambda: 1 ^ "x")
t("invert float", lambda: ~1.5)
t("invert str", lambda: ~"s")
t("neg str", lambda: -"s")
t("pos list", lambda: +[1])
t("abs str", lambda: abs("s"))
t("set and int", lambda: {1} & 1)
x = 0b1100
x &= 0b1010
y = 0b1100
y |= 1
z = 0b1100
z ^= 0b0110
print(x, y, z, bin(x), ~0, ~-1, ~(2 ** 100))
