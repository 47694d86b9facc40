# Building sets and frozensets from every kind of iterable.
def show(label, s):
    print(label, s, len(s), bool(s), type(s).__name__)


show("empty", set())
show("list", set([3, 1, 2, 3, 1]))
show("tuple", set((5, 4, 5, 4)))
show("str", set("mississippi"))
show("range", set(range(10)))
show("range step", set(range(20, 0, -3)))
show("dict", set({"x": 1, "y": 2, "z": 3}))
show("dict keys", set({1: "a", 2: "b"}.keys()))
show("dict values", set({1: "a", 2: "b", 3: "a"}.values()))
show("dict items", set({1: "a", 2: "b"}.items()))
show("set", set(set([1, 2])))
show("frozenset", set(frozenset([7, 8])))
show("enumerate", set(enumerate("ab")))
show("zip", set(zip([1, 2], "xy")))
show("map", set(map(abs, [-1, 1, -2, 2])))
show("filter", set(filter(None, [0, 1, 0, 2, "", "a"])))
show("reversed", set(reversed([9, 8, 7])))
show("iter", set(iter([4, 4, 4])))
show("frozen empty", frozenset())
show("frozen list", frozenset([3, 3, 2]))
show("frozen str", frozenset("banana"))

# Equal numbers are one element: the first one inserted stays.
show("numbers", set([1, 1.0, True]))
show("numbers rev", set([True, 1.0, 1]))
show("zeros", set([0, 0.0, False, -0.0]))
show("floats", set([0.5, 1.5, 0.5, 2.25]))
show("mixed", set([None, "a", 1, (1, 2), 2.5, False]))
show("tuples", set([(1, 2), (2, 1), (1, 2)]))
show("nested frozen", set([frozenset([1]), frozenset([1]), frozenset()]))
show("big ints", set([2**64, 2**64, -2**70, 10**20]))

# A set built from itself, and from a growing list.
s = set([1, 2])
s = set(s)
print(s, s == set([1, 2]))
acc = []
for i in range(12):
    acc.append(i * 7 % 5)
    print(i, set(acc))

print(isinstance(set(), set), isinstance(frozenset(), frozenset))
print(isinstance(set(), frozenset), isinstance(frozenset(), set))
print(type(set([1])) is set, type(frozenset([1])) is frozenset)
print(set, frozenset)

for bad in [1, 2.5, None, True]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        frozenset(bad)
    except TypeError as e:
        print(type(e).__name__, e)

for bad in [[[1]], [{}], [set()], [1, [2]], ([],)]:
    try:
        print(set(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(frozenset(bad))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2], [3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
