m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
t = []
for col in zip(m[0], m[1], m[2], m[3]):
    t.append(list(col))
print(t)
def transpose(rows):
    if not rows:
        return []
    out = []
    for c in range(len(rows[0])):
        out.append([])
    for r in rows:
        for c, v in enumerate(r):
            out[c].append(v)
    return out
print(transpose(m) == t, transpose(transpose(m)) == m, transpose([]))
names = ["x", "y", "z"]
vals = [1.5, -2, 3]
weights = [0.2, 0.3, 0.5]
for n, v, w in zip(names, vals, weights):
    print(n, v, w, round(v * w, 3))
score = 0
for v, w in zip(vals, weights):
    score += v * w
print(round(score, 6))
print(list(zip("abc", range(100))), list(zip(range(2), "abcdef", [None] * 3)))
a = [1, 2, 3, 4, 5]
print(list(zip(a, a[1:], a[2:])))
pairs = list(zip(a[::2], a[1::2]))
print(pairs)
left = []
right = []
for p, q in pairs:
    left.append(p)
    right.append(q)
print(left, right)
