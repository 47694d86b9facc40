# complex's special methods: arithmetic with every number, equality only,
# orderings NotImplemented, no //, % or divmod, and the method ones.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


z = 3 + 4j
for o in [2, True, 0.5, 1j, -0j, "x", None]:
    row = []
    for name in ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
                 "__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__eq__", "__ne__",
                 "__lt__", "__ge__"]:
        try:
            row.append(repr(getattr(z, name)(o)))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(o), " | ".join(row))
t("unary", lambda: (z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__()))
t("complex", lambda: (z.__complex__(), z.__getnewargs__(), (-0.0 - 0j).__getnewargs__()))
t("hash", lambda: (z.__hash__() == hash(z), (1 + 0j).__hash__() == hash(1)))
t("repr", lambda: (z.__repr__(), z.__str__(), (1e20j).__repr__()))
t("format", lambda: (z.__format__(""), z.__format__(".2f"), z.__format__(">20"),
                     (1j).__format__("g")))
t("format bad", lambda: z.__format__("d"))
t("format zero pad", lambda: z.__format__("010"))
t("pow mod", lambda: z.__pow__(2, 3))
t("rpow mod", lambda: z.__rpow__(2, 3))
t("div zero", lambda: z.__truediv__(0))
t("rdiv zero", lambda: (0j).__rtruediv__(1))
t("zero pow neg", lambda: (0j).__pow__(-1))
t("int eq exact", lambda: (complex(2 ** 53)).__eq__(2 ** 53 + 1))
t("no floordiv", lambda: z.__floordiv__(2))
t("no mod", lambda: z.__mod__)
t("no int", lambda: z.__int__())
t("no round", lambda: z.__round__())
t("unbound", lambda: complex.__add__(1j, 1))
t("unbound wrong", lambda: complex.__add__(1, 1j))
t("unbound abs", lambda: complex.__abs__(-3j))
t("unbound conj wrong", lambda: complex.__complex__(2.0))
t("args", lambda: z.__neg__(1))
