def make_grid(rows, cols, live):
    grid = []
    for r in range(rows):
        grid.append([0] * cols)
    for r, c in live:
        grid[r][c] = 1
    return grid

def neighbors(grid, r, c):
    rows = len(grid)
    cols = len(grid[0])
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr = (r + dr) % rows
            cc = (c + dc) % cols
            count += grid[rr][cc]
    return count

def step(grid):
    new = []
    for r in range(len(grid)):
        row = []
        for c in range(len(grid[0])):
            n = neighbors(grid, r, c)
            if grid[r][c] == 1 and n in (2, 3):
                row.append(1)
            elif grid[r][c] == 0 and n == 3:
                row.append(1)
            else:
                row.append(0)
        new.append(row)
    return new

def show(grid):
    for row in grid:
        line = ""
        for v in row:
            line += "#" if v else "."
        print(line)
    print()

g = make_grid(6, 6, [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)])
for gen in range(4):
    show(g)
    g = step(g)
pop = 0
for row in g:
    pop += sum(row)
print("population", pop)
blinker = make_grid(5, 5, [(2, 1), (2, 2), (2, 3)])
b2 = step(step(blinker))
print(b2 == blinker, step(blinker) == blinker)
