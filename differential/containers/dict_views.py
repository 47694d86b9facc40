d = {"x": 1, "y": 2, "z": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it))
print("x" in k, "w" in k, 2 in v, 9 in v, ("y", 2) in it, ("y", 3) in it)
d["w"] = 4
print(k, v, it)
del d["x"]
print(list(k), list(v), list(it))
for key in k:
    print("key", key)
for val in v:
    print("val", val)
for key, val in it:
    print("item", key, val)
print(sorted(d.keys(), reverse=True), sorted(d.values()), sorted(d.items()))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(max(d), min(d.values()), sum(d.values()))
print(tuple(d), list(d.items())[0])
print(d.keys() == d.keys(), list(d.values()) == [2, 3, 4])
e = {}
print(e.keys(), e.values(), e.items(), len(e.keys()))
print(bool(e.keys()), bool(d.values()))
print(list(zip(d.keys(), d.values())))
print({1: "a"}.items(), {(1, 2): [3]}.items())
