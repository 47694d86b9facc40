# The arithmetic special methods of int called directly: results, bools and
# big ints, and NotImplemented for operands int's slots leave to other types.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


big = 2 ** 70 + 3
others = [3, -4, True, False, big, 1.5, 2j, "x", [1], None]
names = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
         "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
         "__mod__", "__rmod__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
         "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__"]
for recv in [7, -7, big]:
    for name in names:
        row = []
        for o in others:
            try:
                row.append(repr(getattr(recv, name)(o)))
            except Exception as e:
                row.append(type(e).__name__)
        print(recv if recv != big else "big", name, " ".join(row))

t("zero div", lambda: (5).__truediv__(0))
t("zero floordiv", lambda: (5).__floordiv__(0))
t("zero mod", lambda: (5).__rmod__(0))
t("neg shift", lambda: (1).__lshift__(-1))
t("rneg shift", lambda: (-1).__rlshift__(3))
t("huge shift", lambda: (1).__rshift__(2 ** 80))
t("unbound", lambda: int.__sub__(10, 3))
t("unbound bool", lambda: int.__mul__(True, True))
t("unbound float arg", lambda: int.__mul__(2, 0.5))
t("unbound wrong self", lambda: int.__add__("a", 1))
t("unbound float self", lambda: int.__add__(1.0, 1))
t("no self", lambda: int.__add__())
t("missing arg", lambda: (1).__add__())
t("extra arg", lambda: (1).__sub__(1, 2))
t("keyword", lambda: (1).__add__(other=2))
t("unknown", lambda: (1).__matmul__(2))
