# list's special methods called directly: the sequence protocol, in-place
# operators that mutate the receiver, __hash__ = None, and NotImplemented.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = [3, 1, 2]
t("len", lambda: (a.__len__(), [].__len__()))
t("getitem", lambda: (a.__getitem__(0), a.__getitem__(-1), a.__getitem__(slice(None, None, -1))))
t("getitem range", lambda: a.__getitem__(5))
t("getitem type", lambda: a.__getitem__("0"))
t("getitem none", lambda: a.__getitem__())
t("getitem two", lambda: a.__getitem__(0, 1))
t("setitem", lambda: (a.__setitem__(0, 9), a))
t("setitem slice", lambda: (a.__setitem__(slice(1, 2), [7, 7]), a))
t("setitem range", lambda: a.__setitem__(10, 0))
t("setitem args", lambda: a.__setitem__(0))
t("delitem", lambda: (a.__delitem__(0), a))
t("delitem slice", lambda: (a.__delitem__(slice(None, None, 2)), a))
t("delitem range", lambda: a.__delitem__(10))
t("contains", lambda: (a.__contains__(7), a.__contains__(9), [float("nan")].__contains__(1)))
t("iter", lambda: (list(a.__iter__()), type(a.__iter__()).__name__))
t("reversed", lambda: (list([1, 2, 3].__reversed__()), type(a.__reversed__()).__name__))
t("reversed args", lambda: a.__reversed__(1))
b = [1]
alias = b
t("iadd", lambda: (b.__iadd__((2, 3)), alias, b.__iadd__("xy"), alias is b))
t("iadd int", lambda: b.__iadd__(5))
t("iadd self", lambda: b.__iadd__(b))
t("imul", lambda: ([1, 2].__imul__(2), [1].__imul__(0), [1].__imul__(-3)))
t("imul float", lambda: [1].__imul__(2.0))
t("imul str", lambda: [1].__imul__("a"))
t("add", lambda: ([1].__add__([2]), [1].__add__((2,))))
t("add tuple op", lambda: [1] + (2,))
t("no radd", lambda: [].__radd__)
t("mul", lambda: ([0].__mul__(3), [0].__rmul__(2), [0].__mul__(True)))
t("mul huge", lambda: [0].__mul__(2 ** 64))
t("hash", lambda: (a.__hash__, list.__hash__))
t("hash call", lambda: a.__hash__())
t("eq", lambda: ([1].__eq__([1]), [1].__eq__((1,)), [1].__ne__([2]), [1].__lt__([2])))
t("lt tuple", lambda: [1].__lt__((2,)))
t("unbound", lambda: list.__len__([1, 2]))
t("unbound wrong", lambda: list.__len__((1, 2)))
t("unbound getitem wrong", lambda: list.__getitem__((1, 2), 0))
t("repr", lambda: ([1, "a"].__repr__(), [].__str__()))
t("format", lambda: ([1].__format__(""), [1].__format__("5")))
