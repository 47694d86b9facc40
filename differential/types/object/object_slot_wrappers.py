# Slot wrappers and method descriptors of builtin types as objects: their
# reprs, type names, names, binding, equality, and receiver checks.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(int.__add__, float.__radd__, str.__len__, list.__setitem__, dict.__ior__)
print(int.__round__, list.__getitem__, dict.__contains__, range.__reversed__, str.__format__)
print(bool.__add__, bool.__or__, bool.__repr__, int.__eq__, object.__eq__, list.__format__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(int.__round__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, (5).__neg__.__name__,
      (5).__neg__.__qualname__, list.__getitem__.__qualname__)
print(callable(int.__add__), callable((1).__add__), callable(list.__hash__))
a = [1]
print(a.__len__ == a.__len__, a.__len__ == [1].__len__, (1).__add__ == (1).__sub__)
print(a.append == a.append, a.append == [].append, a.pop == a.append)
t("descriptor no self", lambda: int.__add__())
t("descriptor wrong self", lambda: int.__add__("a", 1))
t("descriptor float self", lambda: float.__neg__(1))
t("descriptor list self", lambda: list.__iadd__((1,), [2]))
t("descriptor str self", lambda: str.__contains__(["a"], "a"))
t("method no self", lambda: int.__round__())
t("method wrong self", lambda: float.__trunc__(1))
t("subclass self", lambda: int.__add__(True, True))
t("object on int", lambda: (object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2)))
t("object lt", lambda: object.__lt__(1, 2))
t("object str", lambda: object.__str__([1]))
t("object format", lambda: (object.__format__(5, ""), object.__format__("x", "")))
t("object format spec", lambda: object.__format__(5, "d"))
t("set attribute", lambda: setattr(1, "__add__", None))
t("set on type", lambda: setattr(int, "__add__", None))
t("missing", lambda: (1).__iadd__)
t("missing on type", lambda: int.__iadd__)
t("hasattr", lambda: [hasattr(x, "__len__") for x in [1, "a", [], {}, None, 1.5, b""]])
t("getattr", lambda: getattr(7, "__mul__")(6))
print(list(map(str.__len__, ["a", "bb", ""])), list(map(int.__neg__, range(3))))
print(sorted([[3], [1, 2], []], key=list.__len__), max("abc", key="cab".index))
