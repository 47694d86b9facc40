# NotImplemented: the singleton special methods return for operands they
# do not handle; its repr, type, identity, and use as a value.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


ni = NotImplemented
print(ni, repr(ni), str(ni), type(ni).__name__, type(ni))
print(ni is NotImplemented, ni == NotImplemented, ni != NotImplemented, ni is None)
results = [(1).__add__("x"), (1.5).__lt__(1j), "a".__eq__(1), [].__add__, {1}.__or__([1])]
print([r is NotImplemented for r in results])
t("hash stable", lambda: hash(ni) == hash(NotImplemented))
t("as key", lambda: {ni: "ni"}[NotImplemented])
t("in set", lambda: NotImplemented in {ni, None})
t("repr method", lambda: (ni.__repr__(), ni.__str__()))
t("call", lambda: ni())
t("add", lambda: ni + 1)
t("lt", lambda: ni < ni)
t("attr", lambda: ni.value)
t("format", lambda: format(ni, ""))
t("format spec", lambda: format(ni, "5"))
t("len", lambda: len(ni))
t("iter", lambda: iter(ni))
t("type call", lambda: type(ni).__name__)
t("isinstance", lambda: (isinstance(ni, object), isinstance(ni, type(ni))))


def add(a, b):
    r = type(a).__add__(a, b)
    if r is NotImplemented:
        r = type(b).__radd__(b, a)
    if r is NotImplemented:
        raise TypeError("no way to add")
    return r


t("dispatch int float", lambda: add(1, 2.5))
t("dispatch float int", lambda: add(2.5, 1))
t("dispatch bool complex", lambda: add(True, 2j))
t("dispatch int str", lambda: add(1, "a"))
