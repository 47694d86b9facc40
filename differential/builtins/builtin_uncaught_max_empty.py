print(max([4, 9, 2]), min([4, 9, 2]), max([], default=None))
try:
    max([])
except ValueError as e:
    print("caught:", e)
print(max("hello"), max((1.5, -2)), max(range(10)))
def scores_for(name, table):
    out = []
    for row in table:
        if row[0] == name:
            out.append(row[1])
    return out

def best(name, table):
    return max(scores_for(name, table))

table = [("ann", 7), ("bob", 9), ("ann", 12), ("bob", 3)]
for who in ["ann", "bob"]:
    print(who, best(who, table))
print("cy", best("cy", table))
