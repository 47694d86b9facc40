n = 6
for i in range(1, n + 1):
    row = ""
    for j in range(1, n + 1):
        row += str(i * j).rjust(4)
    print(row)

for i in range(5):
    line = ""
    for j in range(5 - i - 1):
        line += " "
    for j in range(2 * i + 1):
        line += "*"
    print(line)

count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
print("count", count)

found = False
for x in range(10):
    for y in range(10):
        if x * y == 42:
            found = True
            break
    if found:
        break
print("found", x, y)

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in grid:
    s = 0
    for v in row:
        s += v
    print(row, s)
for col in range(3):
    s = 0
    for row in grid:
        s += row[col]
    print("col", col, s)
diag = 0
i = 0
while i < 3:
    diag += grid[i][i]
    i += 1
print("diag", diag)
