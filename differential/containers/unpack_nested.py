(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = 1, [2, 3]
print(x, y, z)
((p, q), (r, s)) = [(1, 2), (3, 4)]
print(p, q, r, s)
(a1, (b1, (c1, d1))) = (1, (2, (3, 4)))
print(a1, b1, c1, d1)
[h, (i, j), k] = "h", "ij", "k"
print(h, i, j, k)
for (name, (lo, hi)) in [("a", (1, 2)), ("b", (3, 4))]:
    print(name, lo, hi, hi - lo)
points = [((0, 0), (3, 4)), ((1, 1), (4, 5)), ((-1, 2), (2, -2))]
for (x1, y1), (x2, y2) in points:
    dx = x2 - x1
    dy = y2 - y1
    print((x1, y1), (x2, y2), (dx * dx + dy * dy) ** 0.5)
data = {"alice": (30, ("NY", "USA")), "bob": (25, ("Paris", "FR"))}
for person, (age, (city, country)) in data.items():
    print(person, age, city, country)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
(first, second), third = "ab", "c"
print(first, second, third)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError", e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print("TypeError", e)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
