# Extended unpacking and starred displays.

a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
head, *mid, tail = (1, 2)
print(head, mid, tail)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for x, *ys in [(1, 2, 3), (4,), "ab"]:
    print(x, ys)
for value, error in [([1], "few"), (5, "type"), ({"k": 1, "j": 2}, "dict")]:
    try:
        a, *b, c = value
        print(error, a, b, c)
    except (ValueError, TypeError) as e:
        print(error, type(e).__name__, e)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print((*[],))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({"x": 0, **{}})
print([*{"k": 1, "j": 2}])
for bad in [5, None]:
    try:
        print([*bad])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print({**bad})
    except TypeError as e:
        print(type(e).__name__, e)
big = [*range(1000)]
print(len(big), big[-1])
