# `for` over ranges: bounds around the inline-int limit, big ints, negative
# and huge steps, partly consumed and shared range iterators.

limit = 2**47
for start, stop, step in [
    (limit - 3, limit + 3, 1),
    (-limit + 2, -limit - 3, -1),
    (limit - 5, limit + 10, 4),
    (2**63 - 3, 2**63 + 2, 1),
    (0, 2**63 - 1, 2**62 + 1),
    (-(2**63), -(2**63) + 3, 1),
    (5, 0, 1),
    (0, 0, 1),
    (10, -10, -7),
]:
    seen = []
    for x in range(start, stop, step):
        seen.append(x - start)
    print(step, seen, type(seen[-1]).__name__ if seen else None)

total = 0
for x in range(limit - 2, limit + 2):
    total += x * 2
print(total, total - 8 * limit)

it = iter(range(10))
print(next(it), next(it))
for x in it:
    if x == 5:
        break
print(list(it))

shared = iter(range(8))
pairs = []
for a in shared:
    for b in shared:
        pairs.append((a, b))
        break
print(pairs)

r = range(3)
print([x for x in r], [x for x in r], sum(x for x in range(-5, 6, 5)))
for x in range(3):
    x = "rebound"
print(x)

try:
    for x in range(1, 2, 0):
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    for x in range(1.5):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print([x for x in range(True, 3)])
print([i * j for i in range(3) for j in range(i, 3)])
