# frozenset: immutable, hashable, otherwise a set.
f = frozenset([3, 1, 2])
print(f, repr(f), str(f), len(f), bool(f), bool(frozenset()))
print(frozenset(), frozenset([]), frozenset(""), frozenset(set()))
print(frozenset(f) is f, frozenset(set(f)) is f, f.copy() is f, frozenset(f) == f)
g = frozenset(set([1, 2, 3]))
print(g == f, g is f, hash(g) == hash(f))
print(frozenset() == frozenset(), frozenset() == set(), set() == frozenset())
print(1 in f, 4 in f, 4 not in f, "1" in f)
print(sorted(f), list(f), tuple(f), sum(f), min(f), max(f))
for x in f:
    print("item", x)
print(f.union([4]), f.intersection([1, 9]), f.difference([1]), f.symmetric_difference([1, 5]))
print(f.issubset([1, 2, 3, 4]), f.issuperset([1]), f.isdisjoint([7]))
print(f | set([0]), f & set([1]), f - set([1]), f ^ set([1, 0]))
print(type(f | set([0])).__name__, type(set([0]) | f).__name__)

# A frozenset of strings and one of tuples.
letters = frozenset("frozen")
print(letters, len(letters), sorted(letters))
pairs = frozenset([(1, "a"), (2, "b"), (1, "a")])
print(pairs, len(pairs))

# Nested frozensets.
inner = frozenset([1, 2])
outer = frozenset([inner, frozenset([3]), frozenset()])
print(outer, inner in outer, frozenset([2, 1]) in outer, set([1, 2]) in outer)
print(frozenset([outer]), len(frozenset([outer, outer])))

# Building the power set of a small set.
def power_set(items):
    result = set([frozenset()])
    for x in items:
        extra = set()
        for subset in result:
            extra.add(subset | frozenset([x]))
        result |= extra
    return result


ps = power_set([1, 2, 3])
print(len(ps))
print(sorted(ps, key=len))
listed = []
for subset in ps:
    listed.append(sorted(subset))
print(sorted(listed))
