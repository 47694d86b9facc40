# tuple's special methods: the immutable sequence protocol, hashing,
# __getnewargs__, and NotImplemented for foreign types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = (1, "two", 3.0)
t("len", lambda: (a.__len__(), ().__len__()))
t("getitem", lambda: (a.__getitem__(1), a.__getitem__(-1), a.__getitem__(slice(0, 2))))
t("getitem range", lambda: a.__getitem__(3))
t("getitem type", lambda: a.__getitem__(1.0))
t("contains", lambda: (a.__contains__(3), a.__contains__("two"), a.__contains__(4)))
t("iter", lambda: (list(a.__iter__()), type(a.__iter__()).__name__))
t("add", lambda: ((1,).__add__((2,)), ().__add__(())))
t("add list", lambda: (1,).__add__([2]))
t("mul", lambda: ((1, 2).__mul__(2), (1,).__rmul__(3), (1,).__mul__(-1)))
t("mul float", lambda: (1,).__mul__(1.5))
t("hash", lambda: (a.__hash__() == hash(a), ().__hash__() == hash(())))
t("hash unhashable", lambda: (1, [2]).__hash__())
t("getnewargs", lambda: ((1, 2).__getnewargs__(), ().__getnewargs__()))
for other in [(1, "two", 3.0), (1, "two"), (1, "three"), [1, "two", 3.0], None]:
    print(repr(other), [getattr(a, n)(other) for n in
                        ["__eq__", "__ne__", "__le__", "__gt__"]])
t("lt bad items", lambda: a.__lt__((1, 2)))
t("no setitem", lambda: a.__setitem__)
t("no iadd", lambda: a.__iadd__)
t("unbound", lambda: tuple.__getitem__((5, 6), 1))
t("unbound list", lambda: tuple.__len__([1]))
t("repr", lambda: ((1,).__repr__(), ().__repr__(), ((),).__str__()))
t("index errors", lambda: (1, 2).index(3))
t("index bounds", lambda: (1, 2, 1).index(1, 1, 3))
t("count", lambda: (1, 1.0, True, "1").count(1))
