# dict's special methods: lookup, mutation, views order, reversed iteration,
# the | operators (NotImplemented for non-dicts) and __hash__ = None.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2}
t("len", lambda: (d.__len__(), {}.__len__()))
t("getitem", lambda: d.__getitem__("a"))
t("getitem missing", lambda: d.__getitem__("z"))
t("getitem unhashable", lambda: d.__getitem__([]))
t("getitem args", lambda: d.__getitem__())
t("getitem tuple key", lambda: {(1, 2): "t"}.__getitem__((1, 2)))
t("setitem", lambda: (d.__setitem__("c", 3), d))
t("setitem unhashable", lambda: d.__setitem__({}, 1))
t("delitem", lambda: (d.__delitem__("c"), d))
t("delitem missing", lambda: d.__delitem__("c"))
t("contains", lambda: (d.__contains__("a"), d.__contains__(1), d.__contains__(1.5)))
t("contains unhashable", lambda: d.__contains__([]))
t("contains args", lambda: d.__contains__())
t("iter", lambda: (list(d.__iter__()), type(d.__iter__()).__name__))
t("reversed", lambda: (list(d.__reversed__()), list(reversed(d.items()))))
t("reversed args", lambda: d.__reversed__(1))
t("or", lambda: (d.__or__({"b": 20, "z": 0}), d.__ror__({"b": 20, "z": 0})))
t("or list", lambda: d.__or__([("x", 1)]))
t("or op list", lambda: d | [("x", 1)])
t("ror op", lambda: [("x", 1)] | d)
t("hash", lambda: (d.__hash__, dict.__hash__))
t("hash call", lambda: d.__hash__())
t("eq", lambda: (d.__eq__({"b": 2, "a": 1}), d.__eq__(list(d.items())), d.__ne__({})))
t("lt", lambda: (d.__lt__({}), d.__ge__(d)))
t("lt op", lambda: d < {})
t("unbound", lambda: dict.__getitem__({1: 2}, 1))
t("unbound wrong", lambda: dict.__len__([1]))
t("unbound setitem wrong", lambda: dict.__setitem__([1], 0, 1))
t("repr", lambda: (d.__repr__(), {}.__str__()))
t("bool keys", lambda: {1: "int", True: "bool", 1.0: "float"}.__getitem__(True))
