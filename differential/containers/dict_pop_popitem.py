d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d)
print(d.pop("zz", None))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e, e.args)
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e, e.args)
try:
    d.pop()
except TypeError as e:
    print("TypeError", e)
e = {1: "one", 2: "two"}
e[3] = "three"
del e[1]
e[1] = "one again"
print(e)
while e:
    k, v = e.popitem()
    print("popped", k, v)
f = {"x": [1, 2]}
lst = f.pop("x")
lst.append(3)
print(lst, f)
g = {(1, 2): "t", 0: "zero"}
print(g.pop((1, 2)), g.pop(0.0), g)
g["k"] = 1
try:
    g.pop([1])
except TypeError as e:
    print("TypeError", e)
