# float's unary and conversion special methods, including infinities, NaN,
# negative zero and values beyond the int range of 64 bits.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e20, -1e300, 5e-324]:
    print(repr(x), x.__neg__(), x.__pos__(), x.__abs__(), x.__bool__(), x.__int__(),
          x.__float__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(),
          x.__round__(1), x.__round__(-2), x.__hash__() == hash(x), x.__repr__(),
          x.__str__(), x.__getnewargs__())
for x in [float("inf"), float("-inf"), float("nan")]:
    for name in ["__int__", "__trunc__", "__floor__", "__ceil__", "__round__"]:
        t(f"{x} {name}", getattr(x, name))
    t(f"{x} round 2", lambda: x.__round__(2))
    t(f"{x} abs neg", lambda: (x.__abs__(), x.__neg__(), x.__bool__()))
t("round None", lambda: (2.5).__round__(None))
t("round big nd", lambda: (2.5).__round__(2 ** 70))
t("round neg big nd", lambda: (2.5).__round__(-(2 ** 70)))
t("round float nd", lambda: (2.5).__round__(1.0))
t("round kw", lambda: (2.5).__round__(ndigits=1))
t("round many", lambda: (2.5).__round__(1, 2))
t("trunc args", lambda: (2.5).__trunc__(1))
t("no index", lambda: (2.5).__index__())
t("no invert", lambda: (2.5).__invert__())
t("format", lambda: [(2.5).__format__(".3f"), (2.5).__format__(""), (1e16).__format__(""),
                     (0.1).__format__("%"), (-0.0).__format__("+"), (1234.5).__format__(",.1f")])
t("format bad", lambda: (2.5).__format__("d"))
t("format type", lambda: (2.5).__format__(1))
t("unbound floor", lambda: float.__floor__(3))
t("unbound int", lambda: float.__int__(3))
t("getnewargs args", lambda: (2.5).__getnewargs__(1))
