# next() on every kind of builtin iterator, defaults, and exhaustion that
# stays exhausted.


def drain(label, it):
    items = []
    while True:
        v = next(it, StopIteration)
        if v is StopIteration:
            break
        items.append(v)
    print(label, items, next(it, "exhausted"), next(it, None))


drain("list", iter([1, 2]))
drain("tuple", iter((3,)))
drain("str", iter("hé"))
drain("bytes", iter(b"AB"))
drain("range", iter(range(2, 8, 3)))
drain("dict", iter({"k": 1, "j": 2}))
drain("items", iter({"k": 1}.items()))
drain("values", iter({"k": 1}.values()))
drain("set", iter({7}))
drain("map", map(abs, [-1, -2]))
drain("filter", filter(bool, [0, 5, 0, 6]))
drain("zip", zip("ab", "xyz"))
drain("enumerate", enumerate("ab"))
drain("reversed", reversed([1, 2, 3]))
drain("genexpr", (x * 2 for x in range(3)))

for not_iterator in [[1], (1,), "s", {1: 2}, range(3), 5, None]:
    try:
        next(not_iterator)
    except TypeError as e:
        print("TypeError:", e)

try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration args:", e.args, "value:", e.value)

try:
    next()
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print("TypeError:", e)

# iter() of an iterator is the iterator itself.
it = iter([1, 2, 3])
print(iter(it) is it, next(iter(it)), list(it))
m = map(str, range(3))
print(iter(m) is m)
g = (i for i in range(2))
print(iter(g) is g, list(g), list(g))

for not_iterable in [5, 2.5, None, len]:
    try:
        iter(not_iterable)
    except TypeError as e:
        print("TypeError:", e)
