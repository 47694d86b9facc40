# range's special methods: len/getitem/contains without iterating, reversed
# iteration, equality by the sequence it produces, __bool__, hashing.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


r = range(2, 20, 3)
t("len", lambda: (r.__len__(), range(0).__len__(), range(10, 0, -3).__len__()))
t("len huge", lambda: range(2 ** 64).__len__())
t("getitem", lambda: (r.__getitem__(0), r.__getitem__(-1), r.__getitem__(slice(1, None, 2))))
t("getitem range", lambda: r.__getitem__(6))
t("getitem type", lambda: r.__getitem__("1"))
t("getitem huge", lambda: range(2 ** 70).__getitem__(2 ** 69))
t("contains", lambda: (r.__contains__(5), r.__contains__(6), r.__contains__(5.0),
                       r.__contains__(True), r.__contains__("5")))
t("iter", lambda: (list(r.__iter__()), type(r.__iter__()).__name__))
t("reversed", lambda: (list(r.__reversed__()), type(r.__reversed__()).__name__))
t("reversed empty", lambda: list(range(5, 5).__reversed__()))
t("reversed args", lambda: r.__reversed__(0))
t("bool", lambda: (r.__bool__(), range(0).__bool__(), range(3, 1).__bool__()))
t("eq", lambda: (r.__eq__(range(2, 21, 3)), range(0).__eq__(range(5, 1)), r.__eq__(list(r))))
t("ne", lambda: (range(1).__ne__(range(0, 1, 7)), range(2).__ne__(range(3))))
t("lt", lambda: (r.__lt__(r), r.__ge__(range(0))))
t("lt op", lambda: r < r)
t("hash", lambda: (range(0).__hash__() == range(5, 5).__hash__(),
                   r.__hash__() == hash(range(2, 21, 3))))
t("no add", lambda: r.__add__)
t("unbound", lambda: range.__len__(range(4)))
t("unbound wrong", lambda: range.__len__([1]))
t("repr", lambda: (r.__repr__(), range(3).__repr__(), range(0, 3, 1).__str__()))
