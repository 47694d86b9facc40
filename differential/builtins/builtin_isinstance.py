samples = [1, -1, 2 ** 70, 1.5, float("nan"), "s", "", True, False, None, [], [1], (), (1,), {}, {"a": 1}, range(3)]
types_list = [int, float, str, bool, list, tuple, dict, range]
names = ["int", "float", "str", "bool", "list", "tuple", "dict", "range"]
for s in samples:
    row = []
    for i in range(len(types_list)):
        if isinstance(s, types_list[i]):
            row.append(names[i])
    print(repr(s), row)
print(isinstance(1, (int, float)), isinstance("x", (int, float)), isinstance(1.0, (str, (float, int))))
print(isinstance(True, (float, str)), isinstance([], (tuple, list)), isinstance((), ()))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "sequence"
    if isinstance(x, dict):
        return "mapping"
    if x is None:
        return "none"
    return "other"
out = []
for s in samples:
    out.append(kind(s))
print(out)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError", e)
