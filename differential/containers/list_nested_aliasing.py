row = [0, 0]
matrix = [row, row, row]
matrix[0][1] = 5
print(matrix)
matrix[1] = [7, 7]
print(matrix, row)
a = [1, [2, 3]]
b = a[:]
b[0] = 100
b[1][0] = 200
print(a, b)
c = []
for sub in a:
    if isinstance(sub, list):
        c.append(sub[:])
    else:
        c.append(sub)
c[1][1] = 300
print(a, c)
def deep_copy(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.append(deep_copy(item))
        return out
    if isinstance(x, dict):
        out = {}
        for k in x:
            out[k] = deep_copy(x[k])
        return out
    return x
orig = {"a": [1, {"b": [2, 3]}], "c": 4}
cp = deep_copy(orig)
cp["a"][1]["b"].append(99)
print(orig)
print(cp)
print(orig == cp)
shared = [1, 2]
holder = {"x": shared, "y": shared}
holder["x"].append(3)
print(holder)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    lst.append("lost")
    return lst
data = ["orig"]
r = mutate(data)
print(data, r)
selfref = [1, 2]
selfref.append(selfref)
print(selfref)
print(len(selfref), selfref[2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
