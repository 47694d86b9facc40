def dedupe(items):
    seen = {}
    out = []
    for x in items:
        if x not in seen:
            seen[x] = True
            out.append(x)
    return out

def dedupe_unhashable(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out

print(dedupe([3, 1, 3, 2, 1, 4, 3]))
print(dedupe("mississippi"))
print(dedupe([1, 1.0, True, "1", (1,), (1,)]))
print(dedupe([]))
print(dedupe_unhashable([[1], [2], [1], {"a": 1}, {"a": 1}, []]))
def runs(items):
    out = []
    for x in items:
        if out and out[-1][0] == x:
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return out
print(runs("aaabccdddd"))
print(runs([1, 1, 2, 1, 1, 1]))
def intersect(a, b):
    bset = {}
    for x in b:
        bset[x] = 1
    out = []
    for x in a:
        if x in bset and x not in out:
            out.append(x)
    return out
def union(a, b):
    return dedupe(a + b)
def difference(a, b):
    out = []
    for x in a:
        if x not in b:
            out.append(x)
    return out
x = [1, 2, 3, 4, 5, 2]
y = [4, 5, 6, 7, 4]
print(intersect(x, y), union(x, y), difference(x, y), difference(y, x))
