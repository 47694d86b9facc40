# Iteration order of int sets: CPython's table order for the same hashes.
print(set([5, 3, 1, 4, 2]))
print(set(range(20, 0, -1)))
print(set([100, 10, 1000, 1, 10000]))
print(set([-1, -2, -3, 0, 1, 2]))
print(set([8, 16, 24, 32, 0]))
print(set([64, 128, 256, 512, 1024, 2048]))
print(set([2**20, 2**30, 2**40, 2**50, 3]))
print(set([2**61 - 1, 2**61, 2**61 + 1, 2**62, -2**61]))
print(set([2**64, 2**65, 2**64 + 1, 7]))
print(set([10**18, 10**19, 10**20, -10**20]))
print(set([1.5, 2.5, 0.25, -0.5, 1e300]))

# Growth: print after each insertion.
s = set()
for i in range(0, 200, 13):
    s.add(i * 37 % 101)
    print(len(s), s)

# Insertions that collide modulo the table size.
s = set()
for i in range(25):
    s.add(i * 32)
print(s)
s = set()
for i in range(25):
    s.add(i * 1024 + i % 3)
print(s)
s = set()
for i in range(40):
    s.add((i * 2654435761) % 2**32)
print(s)

# Removal leaves dummies; re-insertion reuses them.
s = set(range(16))
for i in range(0, 16, 2):
    s.remove(i)
print(s)
for i in [32, 34, 0, 48, 2]:
    s.add(i)
    print(s)

# Copies and conversions rebuild the table.
s = set([1, 2, 3, 4, 5, 6, 7])
print(s, s.copy(), set(s), frozenset(s), set(list(s)))
s = set(range(30))
for i in range(25):
    s.discard(i)
print(s, s.copy(), s | set(), set(s))
t = set([40, 8, 16])
print(t | s, s | t, t.union(s), s.union(t))
print(set({9: 0, 1: 0, 17: 0, 25: 0}), set([9, 1, 17, 25]))

# Large sets.
s = set(range(1000, 0, -7))
print(len(s), list(s)[:20], list(s)[-20:])
s = set()
for i in range(3000):
    s.add(i * i % 7919)
print(len(s), list(s)[:15], list(s)[-15:])
total = 0
pos = 0
for x in s:
    total += x * pos
    pos += 1
print(total)
