# reversed() over a dict and its views: last inserted first, live values,
# and the size check of CPython's dict reverse iterators.

d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print([type(reversed(x)).__name__ for x in (d, d.keys(), d.values(), d.items())])

del d["b"]
d["z"] = 26
d["a"] = 100
print(list(reversed(d.items())))

it = reversed(d.values())
print(next(it))
d["c"] = -3
print(list(it), list(it), next(it, "done"))

it = reversed(d)
print(next(it))
d["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)

empty = {}
print(list(reversed(empty)), list(reversed(empty.items())))
big = {i: i * i for i in range(20)}
for k in list(big):
    if k % 3:
        del big[k]
print(list(reversed(big.items())))
print(sorted(reversed(d)), dict(reversed(d.items())))
