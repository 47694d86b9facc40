t = (1, 2, 3)
single = (1,)
not_tuple = (1)
empty = ()
implicit = 4, 5, 6
print(t, single, not_tuple, empty, implicit)
print(len(t), len(single), len(empty), len(implicit))
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple(), tuple({"a": 1, "b": 2}))
print(t[0], t[-1], t[1:], t[::-1], t + implicit, t * 2)
print(t == (1, 2, 3), t == [1, 2, 3], t != (1, 2))
print(2 in t, 7 in t, () == tuple())
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
for x in t:
    print("item", x)
total = 0
for a, b in ((1, 2), (3, 4), (5, 6)):
    total += a * b
print(total)
def min_max(seq):
    lo = seq[0]
    hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
r = min_max([4, -2, 9, 0])
print(r, r[0], r[1])
print(tuple(t) == t, list(t))
mixed = (1, "a", None, [1, 2], (3,))
mixed[3].append(3)
print(mixed)
try:
    print(tuple(5))
except TypeError as e:
    print("TypeError", e)
print(((),), ((),)[0], len(((),)))
