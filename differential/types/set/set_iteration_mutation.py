# Iterating a set while it changes size raises RuntimeError; same-size
# changes are not detected, as in CPython.
s = set([1, 2, 3])
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)

s = set([1, 2, 3])
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)

s = set(range(5))
try:
    for x in s:
        if x == 2:
            s.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)

# Removing one element and adding another keeps the size: iteration goes on.
s = set([1, 2, 3])
seen = []
for x in s:
    seen.append(x)
    if x == 1:
        s.remove(1)
        s.add(100)
print(seen, s)

# The error is sticky for that iterator.
s = set([1, 2])
it = iter(s)
print(next(it))
s.add(3)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(attempt, type(e).__name__, e)
s.discard(3)
try:
    next(it)
except RuntimeError as e:
    print("still", type(e).__name__, e)

# An exhausted iterator stays exhausted even if the set grows.
s = set([1])
it = iter(s)
print(list(it), list(it))
s.add(2)
print(next(it, "done"))

# Iterators over frozensets and over copies.
f = frozenset([3, 4])
it = iter(f)
print(next(it), next(it), next(it, "end"))
s = set([1, 2, 3])
for x in s.copy():
    s.add(x + 10)
print(s)
for x in list(s):
    if x > 10:
        s.remove(x)
print(s)

# Nested iteration over the same set.
s = set([1, 2, 3])
pairs = []
for a in s:
    for b in s:
        if a < b:
            pairs.append((a, b))
print(pairs)

# Using the iterator protocol directly.
it = iter(set("ab"))
print(type(it).__name__, sorted([next(it), next(it)]))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))

# Mutation inside a function called from the loop body.
def grow(target):
    target.update([1000, 2000])


s = set([5])
try:
    for x in s:
        grow(s)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(s))

for x in set():
    print("never")
else:
    print("empty loop done")
