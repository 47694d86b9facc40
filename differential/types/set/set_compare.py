# Comparisons are subset tests; sets and frozensets compare by content.
a = set([1, 2])
b = set([1, 2, 3])
c = set([4])
f = frozenset([1, 2])
empty = set()


def all_compares(x, y):
    return [x == y, x != y, x < y, x <= y, x > y, x >= y]


pairs = [(a, b), (b, a), (a, a), (a, f), (f, a), (a, c), (empty, a), (a, empty), (empty, empty), (empty, frozenset())]
for x, y in pairs:
    print(x, y, all_compares(x, y))

print(a.issubset(b), a.issubset(a), b.issubset(a), empty.issubset(a))
print(a.issuperset(b), b.issuperset(a), a.issuperset(empty))
print(a.issubset([1, 2, 3]), a.issubset("12"), a.issubset(range(5)), a.issubset({1: 0, 2: 0}))
print(a.issuperset([1]), a.issuperset([1, 1, 2]), a.issuperset([3]), a.issuperset(()))
print(a.isdisjoint(c), a.isdisjoint(b), a.isdisjoint([3, 4]), a.isdisjoint([2]), a.isdisjoint(""))
print(f.issubset(b), f.issuperset(a), f.isdisjoint(c))

# Numbers that compare equal are the same element.
print(set([1, 2]) == set([1.0, 2.0]), set([True]) == set([1]), frozenset([0]) == set([False]))
print(set([1, 2]) == frozenset([2, 1]), frozenset([1]) == frozenset([1.0]))
print(set([(1, 2)]) == set([(1, 2)]), set([frozenset([1])]) == set([frozenset([1])]))

# Against other types: == is False, ordering raises.
for other in [[1, 2], (1, 2), {1: 0, 2: 0}, "12", 12, None]:
    print(a == other, a != other, other == a, f == other)
    try:
        print(a < other)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(other >= f)
    except TypeError as e:
        print(type(e).__name__, e)

# Dict key views compare with sets as sets.
d = {1: "a", 2: "b"}
print(d.keys() == a, a == d.keys(), d.keys() == b, f == d.keys(), d.items() == set([(1, "a"), (2, "b")]))

# Sets inside lists and tuples compare element-wise.
print([a, b] == [set([2, 1]), set([3, 2, 1])], (a,) == (f,), [a] < [b], (b,) > (a,))
print(max([set([1]), set([1, 2])]), min([set([1, 2]), set([1])]))
print(sorted([set([1, 2, 3]), set([1, 2]), set([1])]))
print(sorted([frozenset([1]), frozenset([1, 2]), frozenset([1, 2, 3])], reverse=True))

# Chained comparisons.
print(empty < a < b, empty <= a <= a, b > a > empty, a < b < c)
