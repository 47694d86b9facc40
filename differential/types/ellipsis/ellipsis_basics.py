# The Ellipsis singleton and the ... literal: identity, repr, type, its
# special methods, and its use as a value and placeholder.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def stub():
    ...


def stub_doc(x):
    "documented"
    ...


print(..., Ellipsis, repr(...), str(...), type(...).__name__)
print(... is Ellipsis, ... == Ellipsis, ... is ..., stub(), stub_doc(1))
print([1, ..., 3], (..., ...), {...: "e"}[Ellipsis], bool(...))
t("hash", lambda: hash(...) == hash(Ellipsis))
t("repr method", lambda: (....__repr__(), Ellipsis.__str__()))
t("eq method", lambda: (Ellipsis.__eq__(...), Ellipsis.__eq__(None), Ellipsis.__ne__(...)))
t("lt", lambda: ... < ...)
t("add", lambda: ... + 1)
e = ...
pair = [1, 2]
t("call", lambda: e())
t("list index", lambda: pair[e])
t("dict index", lambda: {}[e])
one = (1,)
t("tuple index", lambda: one[e, 0])
t("format", lambda: (format(..., ""), f"{...}", "%s" % (...,)))
t("in", lambda: (... in [1, ...], ... in (None,)))
t("type", lambda: type(Ellipsis) is type(...))
x = ...
if x:
    print("truthy")
print(sorted([3, 1]) if x is ... else None)
