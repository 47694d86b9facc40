print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")), list(zip([], [1])), list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])), list(zip("ab")))
print(dict(zip("abc", range(3))), list(zip(range(3), range(10, 13), range(20, 23))))
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
for n, a in zip(names, ages):
    print(n, a)
total = 0
for x, y in zip([1, 2, 3], [4, 5, 6]):
    total += x * y
print("dot", total)
matrix = [[1, 2, 3], [4, 5, 6]]
cols = []
for col in zip(matrix[0], matrix[1]):
    cols.append(list(col))
print(cols)
a = [1, 2, 3, 4]
diffs = []
for p, q in zip(a, a[1:]):
    diffs.append(q - p)
print(diffs)
for i, (x, y) in enumerate(zip("ab", "xy")):
    print(i, x, y)
print(list(zip({"k": 1, "j": 2}, {"k": 1, "j": 2}.values())))
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    list(zip([1], None))
except TypeError as e:
    print("TypeError", e)
