def safe(cols, row, col):
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True

def solve(n, row, cols, solutions):
    if row == n:
        solutions.append(cols[:])
        return
    for col in range(n):
        if safe(cols, row, col):
            cols.append(col)
            solve(n, row + 1, cols, solutions)
            cols.pop()

def board(cols):
    lines = []
    for c in cols:
        lines.append("." * c + "Q" + "." * (len(cols) - c - 1))
    return "\n".join(lines)

for n in range(1, 9):
    sols = []
    solve(n, 0, [], sols)
    print(n, len(sols))
sols = []
solve(6, 0, [], sols)
print(sols)
print(board(sols[0]))
sols8 = []
solve(8, 0, [], sols8)
print(sols8[0], sols8[-1])
