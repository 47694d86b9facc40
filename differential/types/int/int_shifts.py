# << and >> on ints: negative counts, huge counts, negative operands, bools, errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, int) or abs(r) < 10 ** 40 else r.bit_length())
    except Exception as e:
        print(label, type(e).__name__, e)


for a in [0, 1, -1, 5, -5, 255, -256, 2 ** 47 - 1, -2 ** 47, 2 ** 100, -(2 ** 100) - 1, True]:
    for s in [0, 1, 2, 7, 31, 47, 48, 63, 64, 65, 100, 200]:
        t(f"{a} << {s}", lambda: a << s)
        t(f"{a} >> {s}", lambda: a >> s)
t("neg lshift", lambda: 1 << -1)
t("neg rshift", lambda: 1 >> -1)
t("neg big shift", lambda: 1 << -(2 ** 100))
t("neg rshift big", lambda: (2 ** 100) >> -5)
t("zero huge", lambda: 0 << 2 ** 100)
t("zero huge2", lambda: 0 << 2 ** 62)
t("rshift huge", lambda: 12345 >> 2 ** 100)
t("rshift huge neg", lambda: -12345 >> 2 ** 100)
t("rshift big huge", lambda: (2 ** 200) >> 2 ** 70)
t("lshift huge", lambda: 1 << 2 ** 100)
t("lshift huge2", lambda: 1 << 2 ** 63)
t("float shift", lambda: 1 << 1.0)
t("float shifted", lambda: 1.0 >> 1)
t("str shift", lambda: "a" << 1)
t("bool shift", lambda: True << True)
t("bool rshift", lambda: False >> 3)
x = 3
x <<= 10
y = -1000
y >>= 3
print(x, y, 1 << 0, -1 >> 100, (-(2 ** 100)) >> 99, (2 ** 100 + 1) >> 100)
