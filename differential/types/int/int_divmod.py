# //, %, divmod() and / on ints: signs, zero divisors, big operands, bools.
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [0, 1, -1, 7, -7, 2, -2, 3, -3, 2 ** 47 - 1, -2 ** 47, -2 ** 63, 2 ** 64 + 3,
        -(2 ** 100) + 7, True]
for a in vals:
    for b in vals:
        t(f"{a!r} {b!r}", lambda: (a // b, a % b, divmod(a, b), a / b))
t("0 // 0", lambda: 0 // 0)
t("5 % 0", lambda: 5 % 0)
t("divmod 0", lambda: divmod(5, 0))
t("5 / 0", lambda: 5 / 0)
t("big / 0", lambda: 2 ** 100 / 0)
t("big // 0", lambda: 2 ** 100 // 0)
t("big % False", lambda: 2 ** 100 % False)
t("truediv huge", lambda: 10 ** 400 / 3)
t("truediv huge ok", lambda: 10 ** 400 / 10 ** 399)
t("truediv tiny", lambda: 1 / 10 ** 400)
t("truediv neg tiny", lambda: -1 / 10 ** 400)
t("truediv exact", lambda: (2 ** 80 + 1) / 2 ** 27)
t("truediv round", lambda: (10 ** 30 + 1) / 7)
t("divmod str", lambda: divmod("a", 1))
t("divmod none", lambda: divmod(1, None))
t("divmod args", lambda: divmod(1))
t("floordiv str", lambda: 1 // "a")
t("mod list", lambda: [1] % 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, divmod(-2 ** 63, -1))
x = 100
x //= 7
y = -100
y %= 7
print(x, y)
