# float's arithmetic special methods: ints and floats are handled, complex,
# str and others give NotImplemented; reflected forms swap the operands.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


others = [2, -3, True, 0.5, -0.0, float("inf"), 2 ** 80, 1j, "2", None]
names = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
         "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
         "__mod__", "__rmod__", "__pow__", "__rpow__", "__divmod__", "__rdivmod__"]
for recv in [7.5, -2.0, 0.0]:
    for name in names:
        row = []
        for o in others:
            try:
                row.append(repr(getattr(recv, name)(o)))
            except Exception as e:
                row.append(type(e).__name__)
        print(recv, name, " ".join(row))
t("rpow negative base", lambda: (0.5).__rpow__(-8))
t("pow negative base", lambda: (-8.0).__pow__(1 / 3))
t("pow mod", lambda: (2.0).__pow__(3, 5))
t("rpow mod", lambda: (2.0).__rpow__(3, 5))
t("pow mod str", lambda: (2.0).__pow__("a", 5))
t("pow mod None", lambda: (2.0).__pow__(3, None))
t("pow overflow", lambda: (10.0).__pow__(400))
t("zero pow neg", lambda: (0.0).__pow__(-1))
t("div zero", lambda: (1.0).__truediv__(0))
t("rdiv zero", lambda: (0.0).__rtruediv__(1))
t("mod zero", lambda: (1.0).__mod__(0.0))
t("divmod zero", lambda: (1.0).__divmod__(0))
t("big int", lambda: (1.0).__add__(2 ** 1100))
t("no shift", lambda: (1.0).__lshift__(1))
t("no and", lambda: (1.0).__and__)
t("unbound", lambda: float.__add__(1.5, 2))
t("unbound int self", lambda: float.__add__(1, 2.0))
t("unbound none", lambda: float.__mul__())
t("args", lambda: (1.5).__add__())
