# Comprehensions with several clauses, conditions depending on earlier
# targets, tuple targets, and comprehensions inside comprehensions.

words = ["apple", "bob", "civic", "dad", "eve", "fig"]
print([w for w in words if w == w[::-1]])
print([(i, c) for i, w in enumerate(words) if i % 2 == 0 for c in w if c in "aeiou"])
print({w[0]: [c for c in w if c not in "aeiou"] for w in words})
print({len(w) for w in words})
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[i] for i, row in enumerate(grid)])
print([[grid[c][r] for c in range(3)] for r in range(3)])
print([x for row in grid for x in row if x % 2 if x > 2])
print(sorted({(a, b) for a in range(3) for b in range(3) if a != b}))
print({k: v for k, v in zip("abc", range(3)) if v})
pairs = [(1, "one"), (2, "two"), (3, "three")]
print({name: num for num, name in pairs})
print([n * m for n, m in [(1, 2), (3, 4)]])
print([[y for y in range(x)] for x in range(4) if x])
print([f"{i}:{j}" for i in range(3) for j in range(i, 3)])
print([(lambda: x)() for x in range(3)])
print(sum(1 for _ in range(10) for _ in range(10)))
print(list(filter(None, [x % 3 for x in range(7)])))
print([c * i for i, c in enumerate("abc", 1)])
try:
    print([1 // x for x in (1, 0)])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print([y for y in 42])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({k: v for k, v in [(1, 2, 3)]})
except ValueError as e:
    print(type(e).__name__, e)
