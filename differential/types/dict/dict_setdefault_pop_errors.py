# setdefault, pop, popitem, get and del: defaults, argument counts and KeyErrors.
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d)
d["c"].append(1)
print(d.get("c"), d.get("zz"), d.get("zz", 0))
print(d.pop("a"), d.pop("a", "default"), d.pop("a", None))
print(d.popitem(), d)
keys = ["missing", ("t", 1), 0, None, "", 1.5, -1, (), frozenset({1})]
for k in keys:
    try:
        d.pop(k)
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
    try:
        del d[k]
    except KeyError as e:
        print("del KeyError", e)
for k in [[1], {}, {1}, ([],)]:
    try:
        d.get(k)
    except TypeError as e:
        print("TypeError", e)
calls = [
    lambda: d.pop(),
    lambda: d.pop(1, 2, 3),
    lambda: d.setdefault(),
    lambda: d.setdefault(1, 2, 3),
    lambda: d.get(),
    lambda: d.popitem(1),
    lambda: d.pop(k=1),
    lambda: d.setdefault([], 1),
    lambda: {}.popitem(),
    lambda: d.keys(1),
    lambda: d.clear(1),
    lambda: d.copy(1),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print(d)
