s = "hello"
l = list(s)
t = tuple(l)
print(l, t, list(t), tuple(t) == t, "".join(t))
print(list(range(3)), tuple(range(3)), list((1, 2)), tuple([1, 2]))
d = {"a": 1, "b": 2}
print(list(d), tuple(d), list(d.values()), tuple(d.items()))
print(dict(list(d.items())), dict(tuple(d.items())), dict(zip(t, range(5))))
print(list(enumerate(t)), dict(enumerate(t)))
print(list(reversed(t)), tuple(sorted(t)), list(zip(l, t)))
print(list(""), tuple(""), dict([]), list(()), tuple([]))
nested = [[1, 2], (3, 4), "56"]
flat = []
for part in nested:
    flat.extend(list(part))
print(flat)
pairs = [["x", 1], ("y", 2), "z3"]
print(dict(pairs))
print(list(l) is l, list(l) == l, tuple(t) == t)
m = list(range(5))
copy_via_list = list(m)
copy_via_list.append(99)
print(m, copy_via_list)
print(str(list("ab")), str(tuple("ab")), list(str(123)), list(str(-4.5)))
