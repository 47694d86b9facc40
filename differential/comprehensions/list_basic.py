# List comprehensions: filters, nesting, expressions, empty inputs.

print([x for x in range(10)])
print([x * x for x in range(10) if x % 3 == 0])
print([c.upper() for c in "hello" if c != "l"])
print([x for x in []])
print([(i, s) for i, s in enumerate(["a", "b", "c"])])
print([x for x in range(20) if x % 2 if x % 3])
print([a + b for a in "xy" for b in "12"])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x != 4])
print([len(w) for w in "the quick brown fox".split()])
print([x if x > 2 else -x for x in range(5)])
print([(lambda v: v * 10)(x) for x in range(3)])
print(sum([x for x in range(101)]))
print([str(x) for x in (1.5, 2 ** 70, -0.0, None, True)])
