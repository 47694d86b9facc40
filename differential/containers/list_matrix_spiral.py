def spiral(m):
    out = []
    top = 0
    bottom = len(m) - 1
    left = 0
    right = len(m[0]) - 1 if m else -1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(m[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out

def rotate90(m):
    n = len(m)
    out = []
    for c in range(len(m[0])):
        row = []
        for r in range(n - 1, -1, -1):
            row.append(m[r][c])
        out.append(row)
    return out

def grid(rows, cols):
    out = []
    v = 1
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(v)
            v += 1
        out.append(row)
    return out

for rows, cols in [(3, 3), (3, 4), (4, 3), (1, 5), (5, 1), (2, 2)]:
    g = grid(rows, cols)
    print(rows, cols, spiral(g))
print(spiral([]))
g = grid(3, 4)
r = rotate90(g)
print(r)
print(rotate90(rotate90(rotate90(r))) == g)
for row in rotate90(grid(2, 3)):
    print(row)
