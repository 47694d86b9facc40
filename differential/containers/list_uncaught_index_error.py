print(sum([1, 2, 3]), sum([4, 5]))
rows = [[1, 2], [3, 4, 5]]
print(len(rows[0]), len(rows[1]))
print(rows[1][2], rows[-1][-1])
def get_column(rows, col):
    out = []
    for r in rows:
        out.append(r[col])
    return out

def column_sums(rows, ncols):
    sums = []
    for c in range(ncols):
        col = get_column(rows, c)
        sums.append(sum(col))
    return sums

table = [[1, 2, 3], [4, 5, 6], [7, 8]]
print(column_sums(table, 2))
print(column_sums(table, 3))
