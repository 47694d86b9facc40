demo = {(0, 0): "origin", (1, 2): "point"}
print(demo[(1, 2)], (0, 0) in demo, (2, 1) in demo)
try:
    demo[(5, 5)]
except KeyError as e:
    print("caught:", e)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c

def cell(r, c):
    return grid[(r, c)]

def neighbors_sum(r, c):
    total = 0
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        total += cell(r + dr, c + dc)
    return total

print(neighbors_sum(1, 1))
print(neighbors_sum(0, 1))
