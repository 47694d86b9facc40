# in / not in on sets and frozensets.
s = set([1, 2.5, "a", (1, 2), None, frozenset([7])])
for x in [1, 1.0, True, 2.5, "a", "A", (1, 2), (2, 1), None, frozenset([7]), 0, False]:
    print(repr(x), x in s, x not in s)

# A set searched for in a set is looked up as a frozenset.
s = set([frozenset([1, 2]), frozenset()])
print(set([1, 2]) in s, set() in s, set([3]) in s, set([2, 1]) not in s)
f = frozenset([frozenset([1])])
print(set([1]) in f, frozenset([1]) in f)

# Unhashable items cannot be looked up.
for x in [[1], {1: 2}, [], (1, [2])]:
    try:
        print(x in s)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(x not in frozenset())
    except TypeError as e:
        print(type(e).__name__, e)

# Membership in a big set, and numeric equality across types.
big = set(range(0, 10000, 3))
count = 0
for i in range(10000):
    if i in big:
        count += 1
print(count, 9999 in big, 9998 in big, 3.0 in big, 2**70 in big)
print(2**70 in set([2**70]), float(2**70) in set([2**70]), 0.5 in set([1]))

# Strings: equal content, different objects.
words = set(["alpha", "beta"])
name = "al" + "pha"
print(name in words, "bet" + "a" in words, "gamma" in words)

# Membership through helper functions and conditions.
def classify(c):
    if c in set("aeiou"):
        return "vowel"
    if c in frozenset("bcdfghjklmnpqrstvwxyz"):
        return "consonant"
    return "other"


out = []
for c in "Hello, World!":
    out.append(classify(c.lower()))
print(out)
