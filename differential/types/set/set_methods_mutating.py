# The methods that change a set in place, printing the set after each.
s = set()
print(s.add(5), s)
print(s.add(3), s)
print(s.add(5), s)
print(s.add("x"), s)
print(s.add((1, 2)), s)
print(s.discard(5), s)
print(s.discard(99), s)
print(s.remove(3), s)
print(s.remove("x"), s)
print(s.pop(), s)
print(len(s), bool(s))

s = set(range(10))
print(s.update([20, 21], (22,), "ab", set([30]), frozenset([31]), {40: 0}), s)
print(s.update(), s)
print(s.difference_update([0, 1, 2], set([3, 4]), "a"), s)
print(s.difference_update(), s)
print(s.intersection_update(range(100), [5, 6, 7, 20, 21, 30, 40, "b"]), s)
print(s.intersection_update(), s)
print(s.intersection_update(set([5, 6, 30]), frozenset([6, 30, 99])), s)
print(s.symmetric_difference_update([30, 31, 32]), s)
print(s.symmetric_difference_update(set([6, 7])), s)
print(s.symmetric_difference_update({7: 1, 8: 2}), s)
print(s.symmetric_difference_update("hi"), s)
print(s.clear(), s, len(s))

# pop drains the set in table order, continuing from where it stopped.
s = set([5, 17, 3, 9, 40, 1, 12])
out = []
while s:
    out.append(s.pop())
print(out, s)
s = set(range(0, 64, 4))
first = s.pop()
s.add(1000)
second = s.pop()
print(first, second, s)

# Self-operations.
s = set([1, 2, 3])
s.update(s)
print(s)
s.intersection_update(s)
print(s)
s.symmetric_difference_update(s)
print(s)
s = set([1, 2, 3])
s.difference_update(s)
print(s)

# Many removals, then growth again.
s = set(range(100))
for i in range(0, 100, 3):
    s.remove(i)
print(len(s), list(s)[:10])
for i in range(100, 140):
    s.add(i)
print(len(s), list(s)[:10], list(s)[-10:])
s.difference_update(range(50))
print(len(s), list(s)[:12])

# remove and discard of a set look for the equal frozenset.
s = set([frozenset([1, 2]), frozenset()])
s.remove(set([2, 1]))
print(s)
s.discard(set())
print(s)
s.add(frozenset([3]))
print(set([3]) in s, s)

# The methods return None, even when chained through a variable.
r = set([1]).update([2])
print(r)
