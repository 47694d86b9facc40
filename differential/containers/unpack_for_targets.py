pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word, word * num)
for i, ch in enumerate("abc"):
    print(i, ch)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
for a, b, c in [(1, 2, 3), [4, 5, 6], "789"]:
    print(a, b, c)
for k, v in {"x": 10, "y": 20}.items():
    print(k, v)
for x, y in zip([1, 2, 3], [4, 5, 6]):
    print(x * y)
for (a, b) in [[1, 2]]:
    print(a + b)
for idx, (x, y) in enumerate(zip("ab", "cd")):
    print(idx, x + y)
d = {}
for d["key"] in [1, 2, 3]:
    pass
print(d)
arr = [None, None]
for arr[0], arr[1] in [(1, 2), (3, 4)]:
    print(arr)
total = 0
for a, b in [(1, 2)] * 5:
    total += a * 10 + b
print(total)
matrix = [[1, 2, 3], [4, 5, 6]]
for row_i, row in enumerate(matrix):
    for col_i, val in enumerate(row):
        if val % 2 == 0:
            print("even at", row_i, col_i, val)
