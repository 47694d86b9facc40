def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def depth(x):
    if not isinstance(x, list):
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1

def count_leaves(x):
    if isinstance(x, list):
        total = 0
        for item in x:
            total += count_leaves(item)
        return total
    return 1

data = [1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str", [8, (9, [10])]]
print(flatten(data))
print(depth(data), depth([]), depth(5), depth([[[[]]]]))
print(count_leaves(data))
def nest(n):
    x = []
    for i in range(n):
        x = [x, i]
    return x
n5 = nest(5)
print(n5)
print(flatten(n5), depth(n5))
def chunk(lst, size):
    out = []
    for i in range(0, len(lst), size):
        out.append(lst[i:i + size])
    return out
print(chunk(list(range(10)), 3), chunk([], 2), chunk([1], 5))
def transpose(m):
    out = []
    for c in range(len(m[0])):
        col = []
        for r in m:
            col.append(r[c])
        out.append(col)
    return out
print(transpose(chunk(list(range(12)), 4)))
