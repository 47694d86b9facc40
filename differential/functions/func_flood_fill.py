def parse(rows):
    grid = []
    for r in rows:
        grid.append(list(r))
    return grid

def fill(grid, r, c, target, repl):
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]):
        return 0
    if grid[r][c] != target:
        return 0
    grid[r][c] = repl
    n = 1
    n += fill(grid, r + 1, c, target, repl)
    n += fill(grid, r - 1, c, target, repl)
    n += fill(grid, r, c + 1, target, repl)
    n += fill(grid, r, c - 1, target, repl)
    return n

def show(grid):
    for row in grid:
        print("".join(row))

def count_islands(rows):
    grid = parse(rows)
    islands = []
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == "#":
                islands.append(fill(grid, r, c, "#", str(len(islands) % 10)))
    return islands, grid

world = [
    "##....#...",
    "#...###...",
    "....#....#",
    ".##.....##",
    ".##..#....",
]
sizes, g = count_islands(world)
print(sizes, len(sizes))
show(g)
g2 = parse(world)
print(fill(g2, 0, 2, ".", "~"))
show(g2)
print(fill(g2, 0, 0, "x", "y"), fill(g2, -1, 0, "#", "y"))
