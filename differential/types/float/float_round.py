# round() of floats: ties to even on the exact value, negative and huge ndigits, errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, -0.0,
          0.0, 1e-7, 123.456, -123.456, 1e16 + 2, 4503599627370497.0, 1e300, -1e300,
          5e-324, 1.7976931348623157e308, 0.1 + 0.2, 2 ** 52 + 0.5, 1234567.891]:
    for nd in [None, 0, 1, 2, 3, 10, 17, 100, 400, -1, -2, -5, -100, -308, -400]:
        t(f"round({x!r}, {nd})", lambda: round(x, nd) if nd is not None else round(x))
for x in [float("inf"), float("-inf"), float("nan")]:
    t(f"round({x})", lambda: round(x))
    t(f"round({x}, 0)", lambda: round(x, 0))
    t(f"round({x}, -2)", lambda: round(x, -2))
t("too large", lambda: round(1.7976931348623157e308, -308))
t("too large 2", lambda: round(-1.5e308, -308))
t("nd bool", lambda: round(2.5, True))
t("nd float", lambda: round(2.5, 1.0))
t("nd str", lambda: round(2.5, "1"))
t("nd big", lambda: round(2.5, 10 ** 30))
t("nd big neg", lambda: round(2.5, -(10 ** 30)))
t("nd big neg2", lambda: round(-2.5, -(10 ** 30)))
t("kw", lambda: round(number=2.675, ndigits=2))
t("none nd", lambda: round(2.5, None))
print([round(k / 8, 2) for k in range(-8, 9)])
print([round(k + 0.5) for k in range(-4, 5)])
print(round(1e22), round(1e23), round(-1e20), round(0.5e15 + 0.5))
