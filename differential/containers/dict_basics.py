d = {"a": 1, "b": 2}
print(d, len(d), d["a"])
d["c"] = 3
d["a"] = 10
print(d)
print("a" in d, "z" in d, 1 in d, "z" not in d)
e = dict(x=1, y=2)
f = dict([("p", 1), ("q", 2)])
g = dict([(1, 2)])
h = dict(d)
i = dict()
j = dict({"k": "v"}, extra=True)
k = dict(zip("abc", range(3)))
print(e, f, g, h, i, j, k)
print(h == d, h is d)
h["new"] = 0
print(d, h)
print({}, {1: 1}, {(1, 2): [3]}, {None: None}, {True: "t", 2.5: "f"})
print({"dup": 1, "dup": 2})
print({1: "int", 1.0: "float", True: "bool"})
count = {}
for w in "a b a c b a".split():
    if w in count:
        count[w] += 1
    else:
        count[w] = 1
print(count)
nested = {"outer": {"inner": {"deep": 42}}}
print(nested["outer"]["inner"]["deep"])
nested["outer"]["inner"]["deep"] += 1
print(nested)
print(len({}), bool({}), bool({0: 0}))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    dict(5)
except TypeError as e:
    print("TypeError", e)
