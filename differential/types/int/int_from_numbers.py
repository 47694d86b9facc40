# int() of floats, bools and ints: truncation, infinities, NaN, huge values; float() of ints.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1.5, -1.5, 2.5, -2.5, 1e15, 1e15 + 0.5,
          2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1e20, -1e20, 1e300,
          1.7976931348623157e308, 5e-324, 123456789.987654321, float("inf"), float("-inf"),
          float("nan")]:
    t(repr(x), lambda: int(x))
for b in [True, False]:
    print(int(b), type(int(b)).__name__, float(b), repr(b + 0.0))
for n in [0, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 63, 2 ** 1023, 2 ** 1024 - 2 ** 970,
          2 ** 1024 - 2 ** 970 - 1, 2 ** 1024, -(2 ** 1024), 10 ** 308, 10 ** 309,
          12345678901234567890123456789]:
    t("float", lambda: float(n))
t("int from int", lambda: int(2 ** 100) == 2 ** 100)
t("round trip", lambda: int(float(2 ** 60 + 1)))
t("mixed add", lambda: 2 ** 1024 + 1.0)
t("mixed mul", lambda: 1.5 * 10 ** 400)
t("mixed cmp", lambda: 10 ** 400 > 1e308)
t("mixed cmp inf", lambda: 10 ** 400 < float("inf"))
t("mixed eq", lambda: 2 ** 53 + 1 == 2.0 ** 53)
t("mixed sub", lambda: 10 ** 400 - 1e10)
print(int("12") + int(3.99) + int(-3.99) + int(True))
print([int(x) for x in (1.1, 2.9, -0.1, -7.7)])
