# slice's special methods: comparisons as (start, stop, step) tuples,
# NotImplemented for other types, hashing (3.12) and repr.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = slice(1, 5, 2)
for other in [slice(1, 5, 2), slice(1, 6), slice(0, 9, 9), (1, 5, 2), None]:
    print(repr(other), [getattr(s, n)(other) for n in
                        ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]])
t("none parts", lambda: slice(None).__eq__(slice(None, None, None)))
t("none lt", lambda: slice(None, 1).__lt__(slice(None, 2)))
t("none vs int", lambda: slice(None, 1).__lt__(slice(0, 2)))
t("hash", lambda: (s.__hash__() == hash(slice(1, 5, 2)), hash(slice(1)) == hash(slice(None, 1))))
t("hash unhashable part", lambda: slice([], 1).__hash__())
t("as key", lambda: {slice(1, 2): "a"}[slice(1, 2)])
t("repr", lambda: (s.__repr__(), slice("a", [1]).__repr__(), slice(None).__str__()))
t("no len", lambda: s.__len__)
t("unbound", lambda: slice.__eq__(s, slice(1, 5, 2)))
t("unbound wrong", lambda: slice.__eq__((1, 5, 2), s))
t("indices", lambda: (s.indices(3), slice(None, None, -1).indices(4)))
