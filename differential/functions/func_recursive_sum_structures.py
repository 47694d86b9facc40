def total(x):
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return x
    if isinstance(x, dict):
        s = 0
        for k in x:
            s += total(x[k])
        return s
    if isinstance(x, (list, tuple)):
        s = 0
        for item in x:
            s += total(item)
        return s
    return 0

def describe(x, depth=0):
    pad = "  " * depth
    if isinstance(x, dict):
        for k in x:
            print(pad + str(k) + ":")
            describe(x[k], depth + 1)
    elif isinstance(x, list):
        for i, item in enumerate(x):
            print(pad + "[" + str(i) + "]")
            describe(item, depth + 1)
    else:
        print(pad + repr(x))

data = {"a": 1, "b": [2, 3.5, {"c": 4}], "d": {"e": (5, 6), "f": "skip", "g": True}, "h": None}
print(total(data))
describe(data)
print(total([]), total({}), total(7), total("x"), total([[[[1]]], 2]))
def find_paths(x, target, path):
    found = []
    if x == target:
        found.append(path)
    if isinstance(x, dict):
        for k in x:
            found.extend(find_paths(x[k], target, path + [k]))
    elif isinstance(x, (list, tuple)):
        for i in range(len(x)):
            found.extend(find_paths(x[i], target, path + [i]))
    return found
tree = {"x": [1, 2, {"y": 2}], "z": (2, [2])}
print(find_paths(tree, 2, []))
