# Dict comprehensions with keys that collide: the first key object is kept,
# the last value wins, and equal numbers of different types merge.

print({x % 3: x for x in range(10)})
print({k: i for i, k in enumerate([1, 1.0, True])})
print({k: i for i, k in enumerate([True, 1, 1.0])})
print({k: i for i, k in enumerate([0, 0.0, False, -0.0])})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]})
print({s.lower(): s for s in ["Apple", "BANANA", "apple", "Banana", "cherry"]})
print({(x, y) if x < y else (y, x): x * y for x in range(3) for y in range(3)})
print({len(w): w for w in "one two three four five six".split()})
order = []


def k(v):
    order.append(("key", v))
    return v % 2


def val(v):
    order.append(("value", v))
    return v


d = {k(v): val(v) for v in range(4)}
print(d, order)
print({x: None for x in "mississippi"})
print(list({c: c.upper() for c in "hello world"}))
s = {x % 4 for x in range(20)}
print(s, len(s))
print({1, 1.0, True}, {0.0, 0, False})
print({frozenset([x, y]): (x, y) for x in range(3) for y in range(3) if x != y})
big = {i % 7: i for i in range(1000)}
print(big, len(big))
