# slice objects: constructor forms, attributes, repr, equality, ordering, hashing (3.12).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [(5,), (None,), (1, 5), (1, 5, 2), (None, None, None), ("a", [1], 2.5), (-1, None, -1),
             (2 ** 100, -(2 ** 100), 7), (True, False, None), (1j, 2j)]:
    s = slice(*args)
    print(repr(s), str(s), s.start, s.stop, s.step)
t("no args", lambda: slice())
t("four", lambda: slice(1, 2, 3, 4))
t("kw", lambda: slice(stop=3))
a, b, c = slice(1, 2), slice(1, 2, None), slice(1, 3)
print(a == b, a != b, a == c, a < c, a <= b, c > a, slice(1, 2, 3) < slice(1, 2, 4), a == (1, 2))
print(slice(0) == slice(0.0), slice(1) == slice(True), slice(None) == slice(None, None))
t("lt mixed", lambda: slice(1) < slice("a"))
t("lt other", lambda: slice(1) < 3)
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(1, 2)) == hash(slice(1, 2, None)),
      hash(slice(None)) == hash(slice(None, None, None)), hash(slice(1, 2)) == hash((1, 2, None)))
print(hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(-1, 2 ** 70, "x")))
t("unhashable", lambda: hash(slice([1])))
t("unhashable stop", lambda: hash(slice(1, {})))
d = {slice(1, 2): "x", slice(1, 2, None): "y", slice(0, 3): "z"}
print(d, d[slice(1, 2)], {slice(1), slice(1), slice(2)} == {slice(None, 1), slice(None, 2)})
s = slice(1, 10, 2)
t("set start", lambda: setattr(s, "start", 0))
t("del stop", lambda: delattr(s, "stop"))
t("new attr", lambda: setattr(s, "foo", 0))
t("no attr", lambda: s.foo)
print(isinstance(s, slice), type(s).__name__, slice.__name__, bool(slice(None)), bool(slice(0, 0)))
t("len", lambda: len(s))
t("iter", lambda: iter(s))
t("call", lambda: s())
