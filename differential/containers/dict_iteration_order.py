d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 99
print(list(d), d)
del d["zeta"]
d["zeta"] = 0
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, list(d2.keys()))
for k in d2:
    print(k, d2[k])
for k in sorted(d2):
    print("sorted", k, d2[k])
ints = {}
for i in [10, -5, 3, 100, 0]:
    ints[i] = i * i
print(ints)
removed = {}
for i in range(10):
    removed[i] = i
for i in range(0, 10, 2):
    del removed[i]
removed[0] = "back"
print(removed)
keys = list(removed)
for k in keys:
    if k % 3 == 0:
        del removed[k]
print(removed)
try:
    for k in removed:
        removed[k * 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in removed:
        del removed[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(len(removed))
