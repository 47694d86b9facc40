# Matrices built and transformed with nested comprehensions.

def identity(n):
    return [[1 if r == c else 0 for c in range(n)] for r in range(n)]


def transpose(m):
    return [[row[c] for row in m] for c in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def minor(m, i, j):
    return [[v for c, v in enumerate(row) if c != j] for r, row in enumerate(m) if r != i]


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det(minor(m, 0, j)) for j in range(len(m)))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(identity(3))
print(transpose(a))
print(matmul(a, b))
print(matmul(identity(2), [[5, 6], [7, 8]]))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det(identity(4)), det([[1, 2], [2, 4]]))
print(minor(m, 1, 1))
print([row[::-1] for row in m], [list(col) for col in zip(*m)])
print([[m[r][c] for c in range(3) if r == c] for r in range(3)])
print([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
flat = [v for row in m for v in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)])
print({(r, c): v for r, row in enumerate(m) for c, v in enumerate(row) if v < 0})
spiral = []
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
while grid:
    spiral += grid[0]
    grid = [list(col) for col in zip(*grid[1:])][::-1]
print(spiral)
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal)
print([[f"{v:>3}" for v in row] for row in matmul([[1, 1], [1, 0]], [[1, 1], [1, 0]])])
try:
    matmul([[1, 2]], [[1, 2]])
except IndexError as e:
    print("IndexError", e)
try:
    print(matmul([[1, "a"]], [[1], [2]]))
except TypeError as e:
    print("TypeError", e)
