# sorted() and list.sort(): stability, keys, reverse, and failures midway.

records = [("bob", 3), ("amy", 1), ("cal", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(sorted(records), key=lambda r: r[1]))

# reverse=True keeps equal elements in their original order.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(reversed(pairs), key=lambda p: p[0]))

print(sorted("Banana", key=str.lower), sorted(["b", "A", "a", "B"]), sorted([3, 1.5, True, -2]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]), sorted({3: "x", 1: "y"}))
print(sorted(x % 5 for x in range(12)), sorted(range(5), key=lambda n: n % 2))
print(sorted([], reverse=True), sorted("", key=len), sorted([None], key=lambda x: 0))

data = [5, 3, 8, 1]
data.sort()
print(data, data.sort(reverse=True), data)

for call in [
    lambda: sorted([1, "a", 2]),
    lambda: sorted([None, None]),
    lambda: sorted([1, 2], key=lambda v: "x" if v == 1 else 0),
    lambda: sorted([3, 1], lambda a: a),
    lambda: sorted(),
    lambda: sorted(5),
    lambda: sorted([1], cmp=None),
    lambda: [2, 1].sort(key=len),
    lambda: sorted([{1}, {2}, {1, 2}]),
    lambda: sorted([1j, 2j]),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# An exception from the key function leaves list.sort's list unchanged.
items = [3, 0, 2, 1]
try:
    items.sort(key=lambda v: 10 // v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, items)

# A comparison failure partway through list.sort leaves the list a
# permutation of its original items.
items = [3, 1, "x", 2]
try:
    items.sort()
except TypeError as e:
    print("TypeError:", e, sorted(items, key=str))

# Keys are computed once per element.
calls = []


def key(v):
    calls.append(v)
    return -v


print(sorted([4, 1, 3], key=key), calls)
