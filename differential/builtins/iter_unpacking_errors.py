# Unpacking from every kind of iterable, and its error messages.


def gen(n):
    yield from range(n)


a, b = "xy"
c, d = {"k1": 1, "k2": 2}
e, f = {3: "three", 4: "four"}.items()
g, h = gen(2)
(i, j), k = [(1, 2), 3]
print(a, b, c, d, e, f, g, h, i, j, k)

head, *middle, tail = range(6)
print(head, middle, tail)
*init, last = "abc"
print(init, last)
first, *empty = [1]
print(first, empty)
x, *y, z = gen(2)
print(x, y, z)

def unpack2(v):
    p, q = v
    return p, q


def unpack3(v):
    p, q, r = v
    return p, q, r


def unpack_star(v):
    p, q, *r, s = v
    return p, q, r, s


for fn, value in [
    (unpack2, [1, 2, 3]),
    (unpack2, [1]),
    (unpack2, []),
    (unpack3, "ab"),
    (unpack2, gen(5)),
    (unpack3, gen(1)),
    (unpack2, 5),
    (unpack2, None),
    (unpack2, 2.5),
    (unpack_star, [1, 2]),
    (unpack_star, gen(2)),
    (unpack_star, range(3)),
    (unpack_star, 7),
    (unpack2, {1: 1, 2: 2, 3: 3}),
]:
    try:
        print(fn.__name__, fn(value))
    except (TypeError, ValueError) as err:
        print(fn.__name__, type(err).__name__ + ":", err)


# Unpacking stops pulling from a generator once it knows it has too many.
pulled = []


def noisy():
    for n in range(10):
        pulled.append(n)
        yield n


try:
    u, v = noisy()
except ValueError as err:
    print(err, "pulled:", pulled)

# for-loop targets unpack each item.
for key, (low, high) in {"a": (1, 2), "b": (3, 4)}.items():
    print(key, low, high)
try:
    for p, q in [(1, 2), (3,)]:
        print(p, q)
except ValueError as err:
    print("in loop:", err)
