# float's rich comparisons: exact against ints of any size, NaN unordered,
# NotImplemented for complex, str and other types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [1, 1.0, 2 ** 53 + 1, float(2 ** 53), 10 ** 400, -(10 ** 400), float("inf"),
          float("nan"), True, 1j, "1.0", None]
for recv in [1.0, float(2 ** 53), float("inf"), float("nan")]:
    for name in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]:
        print(recv, name, [getattr(recv, name)(v) for v in values])
print([float(2 ** 53) == 2 ** 53 + 1, float(2 ** 53) < 2 ** 53 + 1, 1e308 < 10 ** 400])
t("unbound", lambda: float.__lt__(1.5, 2))
t("unbound int", lambda: float.__lt__(1, 2.0))
t("complex ne", lambda: (1.0).__ne__(1 + 0j))
t("complex eq reflected", lambda: (1 + 0j).__eq__(1.0))
t("lt complex", lambda: 1.0 < 1j)
t("hash agree", lambda: [(v.__hash__(), hash(v)) for v in [0.5, -0.0, 1e100, 2.0]])
