# The module namespace behaves as a normal dict.
a = 1
b = 2
g = globals()
print(type(g) is dict, isinstance(g, dict))
keys = [k for k in g.keys() if len(k) == 1 and k != "g"]
print(keys, [g[k] for k in keys])
print(len(g) == len(list(g)), "a" in g.keys())
items = dict((k, v) for k, v in g.items() if k in ("a", "b"))
print(items)
copy = g.copy()
copy["a"] = "changed in copy"
print(a, copy["a"])
c = g.pop("b")
print(c, "b" in g)
try:
    b
except NameError as e:
    print(e)
g["b"] = 3
print(b, g.get("b"), g.get("zzz", "default"))
try:
    g["nothing"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(set(g) & {"a", "b", "c", "g"}))
