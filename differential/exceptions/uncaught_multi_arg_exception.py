def lookup(table, row, col):
    if row not in table:
        raise LookupError("missing row", row)
    r = table[row]
    if col >= len(r):
        raise IndexError("column out of range", col, len(r))
    return r[col]

def total(table, cells):
    s = 0
    for row, col in cells:
        s += lookup(table, row, col)
    return s

t = {"r1": [1, 2, 3], "r2": [4, 5]}
print(total(t, [("r1", 0), ("r2", 1)]))
try:
    total(t, [("r3", 0)])
except LookupError as e:
    print("caught", e.args)
print(total(t, [("r1", 2), ("r2", 2)]))
