# //, %, divmod() and / with floats: signs of zeros and results, infinities, NaN, zero divisors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


inf = float("inf")
nan = float("nan")
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 0.1, 1e308, 5e-324, inf, -inf, nan, 3, -3, True]
for a in vals:
    for b in vals:
        t(f"{a!r} {b!r}", lambda: (a // b, a % b, divmod(a, b), a / b))
t("1.0 % 0", lambda: 1.0 % 0)
t("1 % 0.0", lambda: 1 % 0.0)
t("1.0 // 0.0", lambda: 1.0 // 0.0)
t("divmod 0.0", lambda: divmod(1.0, 0.0))
t("divmod False", lambda: divmod(2.5, False))
t("1.0 / 0", lambda: 1.0 / 0)
t("big int", lambda: 1.5 // 10 ** 400)
t("big int mod", lambda: 10 ** 400 % 1.5)
print(-1e-300 % 1.0, 1e-300 % -1.0, -5.0 % 3, 5 % -3.0, 0.0 % -1.0, -0.0 % 1.0)
print(divmod(1.0, 0.1), 1.0 // 0.1, 1.0 % 0.1, divmod(-1.0, 0.1), 6.0 // 0.3)
x = 10.5
x //= 3
y = -10.5
y %= 3
print(x, y)
