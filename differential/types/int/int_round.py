# round() of ints: ndigits positive, zero, negative, huge; bools; argument errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 151, 250, 1234, 1250, 1350, -1250, 99999,
          10 ** 20 + 5 * 10 ** 9, 2 ** 100, -(2 ** 100), 12345678901234567890]:
    for nd in [None, 0, 1, 5, -1, -2, -3, -10, -20, -100]:
        t(f"round({n}, {nd})", lambda: round(n, nd) if nd is not None else round(n))
t("bool", lambda: round(True))
t("bool nd", lambda: round(True, -1))
t("bool nd 1", lambda: round(False, 2))
t("huge nd", lambda: round(123, 10 ** 30))
t("float nd", lambda: round(123, 1.0))
t("str nd", lambda: round(123, "1"))
t("bool as nd", lambda: round(1234, True))
t("kw", lambda: round(number=1234, ndigits=-2))
t("kw bad", lambda: round(1234, digits=-2))
t("no args", lambda: round())
t("three", lambda: round(1, 2, 3))
t("str", lambda: round("1"))
t("none", lambda: round(None))
t("list", lambda: round([1], 1))
