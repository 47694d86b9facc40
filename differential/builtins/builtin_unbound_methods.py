# Methods taken from builtin container and str types: list.append(l, x), map(str.upper, ...).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
l = [3, 1]
list.append(l, 2)
print(l, str.join(",", ["a", "b"]), dict.get({1: 2}, 1), tuple.count((1, 1), 1), set.union({1}, {2}))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, "ab")), str.split("a b"))
t("bad", lambda: list.append((1,), 2))
t("bad2", lambda: str.upper(5))
t("bad3", lambda: dict.keys([]))
print(list.append, str.upper, dict.get)
