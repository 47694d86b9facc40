# frozensets as dict keys and set elements; their hashes match CPython's.
print(hash(frozenset()))
print(hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([2, 1])))
print(hash(frozenset(range(10))), hash(frozenset(range(100))))
print(hash(frozenset([-1])), hash(frozenset([-1, -2])), hash(frozenset([0])))
print(hash(frozenset(["a"])), hash(frozenset(["a", "b"])), hash(frozenset("hello")))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([None, True, 2.5])))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
print(hash(frozenset([2**64, -2**64])), hash(frozenset([1.5, 1e100])))
h = frozenset([1, 2, 3])
print(hash(h) == hash(frozenset([3, 2, 1])), hash(h) == hash(frozenset(set([1, 2, 3]))))
big = frozenset(range(1000))
print(hash(big), hash(big) == hash(frozenset(reversed(range(1000)))))

# Hash of a frozenset after the source set had deletions.
s = set(range(50))
for i in range(0, 50, 2):
    s.discard(i)
print(hash(frozenset(s)), hash(frozenset(range(1, 50, 2))))

# frozensets as dict keys.
edges = {}
for a, b in [(1, 2), (2, 1), (2, 3), (3, 1), (1, 3), (3, 2), (4, 4)]:
    key = frozenset([a, b])
    edges[key] = edges.get(key, 0) + 1
print(edges)
print(edges[frozenset([2, 1])], frozenset([4]) in edges, frozenset([1, 4]) in edges)
for key, count in edges.items():
    print(sorted(key), count)
try:
    edges[frozenset([9])]
except KeyError as e:
    print(type(e).__name__, e)
d = {frozenset(): "empty", frozenset([1]): "one"}
print(d[frozenset()], d[frozenset([1.0])], d.get(frozenset([True])))
d[frozenset([1])] = "uno"
print(d, len(d))

# frozensets as set elements.
seen = set()
for group in [[1, 2], [2, 1], [3], [1, 2, 2], [], [3]]:
    seen.add(frozenset(group))
print(seen, len(seen))
print(frozenset([1, 2]) in seen, set([2, 1]) in seen, set([5]) in seen)

# Tuples holding frozensets hash through them.
t = (frozenset([1]), "x")
print(hash(t) == hash((frozenset([1]), "x")))
print({t: 1}[(frozenset([1]), "x")])
