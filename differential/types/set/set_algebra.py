# union, intersection, difference and symmetric_difference with any iterables.
a = set([1, 2, 3, 4, 5])
b = set([4, 5, 6, 7])
f = frozenset([5, 7, 9])

print(a.union(b), a.union([10, 1]), a.union("ab"), a.union(range(3)), a.union())
print(a.union(b, f, (100,), {200: 0}))
print(a.intersection(b), a.intersection([5, 1, 99]), a.intersection(), a.intersection(b, f))
print(a.intersection(range(3, 100)), a.intersection({1: 0, 9: 0}), a.intersection("12"))
print(a.difference(b), a.difference([1, 2]), a.difference(), a.difference(b, [1], f))
print(a.difference({1: "x", 5: "y"}), a.difference(range(4)), a.difference(set()))
print(a.symmetric_difference(b), a.symmetric_difference([1, 100]), a.symmetric_difference(f))
print(a.symmetric_difference({3: 0, 33: 0}), a.symmetric_difference("ab"))
print(a, b, f)

# Results keep the receiver's type.
print(f.union(a), f.intersection(a), f.difference(a), f.symmetric_difference(a))
print(type(f.union([1])).__name__, type(a.union(f)).__name__)
print(type(f.intersection()).__name__, type(f.difference()).__name__)
print(f.union() is f, f.intersection() is f, f.copy() is f)

# The same set as its own argument.
print(a.union(a), a.intersection(a), a.difference(a), a.symmetric_difference(a))
print(a.isdisjoint(a), set().isdisjoint(set()))

# A small set against a large one, and a large set against a small one.
big = set(range(0, 1000, 3))
small = set([0, 1, 2, 3, 999, 1000])
print(small.difference(big), small.intersection(big), small - big, small & big)
print(len(big.difference(small)), len(big - small), sorted(big & small))
print(len(big.symmetric_difference(small)), sorted(small ^ set([3, 4])))
d = small.copy()
d.difference_update(big)
print(d)
d = big.copy()
d.difference_update(small)
print(len(d), list(d)[:8])

# Iterables with duplicates and unhashable items.
print(a.union([1, 1, 1, 8, 8]))
print(a.intersection([1, 1, 2, 2]))
for other in [[[1]], [1, [2]], [1, 2, 3, 4, 5, []]]:
    for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]:
        try:
            print(name, getattr(a, name)(other))
        except TypeError as e:
            print(name, type(e).__name__, e)

# Order of results built from several sources.
words = set("the quick brown fox jumps over the lazy dog".split())
more = set("a quick brown dog outpaces a lazy fox".split())
print(sorted(words | more))
print(sorted(words & more), sorted(words - more), sorted(words ^ more))
nums = set()
for i in range(30):
    nums = nums | set([i * i % 17])
print(nums, len(nums))
