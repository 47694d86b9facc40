# int's rich comparison special methods: ints and bools compare, every other
# type (floats included) gets NotImplemented; the operators still work.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [1, 2, True, 1.0, 1.5, 2 ** 80, float("nan"), 1 + 0j, "1", None, [1]]
for name in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]:
    print(name, [getattr(1, name)(v) for v in values])
print("big", [(2 ** 80).__lt__(v) for v in values[:6]])
print("ops", [1 == v for v in values], [1 != v for v in values])
print("float", [(1.0).__eq__(v) for v in values])
t("lt str", lambda: 1 < "1")
t("unbound", lambda: int.__lt__(3, 4))
t("unbound bool", lambda: int.__eq__(True, 1))
t("unbound wrong", lambda: int.__eq__(1.0, 1))
t("no args", lambda: (1).__lt__())
t("two args", lambda: (1).__lt__(1, 2))
print(NotImplemented in [(1).__eq__(1.0), (1).__eq__("a")], (1).__eq__("a") is NotImplemented)
print(sorted([3, 1, 2], key=(2).__rsub__), list(filter((3).__gt__, [1, 5, 2, 4])))
