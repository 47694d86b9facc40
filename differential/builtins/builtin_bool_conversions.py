values = [0, 1, -1, 2 ** 100, 0.0, -0.0, 1e-320, float("inf"), float("nan"), "", "0", "False", " ", [], [0], [[]], (), (None,), {}, {0: 0}, range(0), range(-1), range(1), None, True, False]
for v in values:
    print(repr(v), bool(v), not v, not not v, bool(v) == (not not v))
print(bool(), bool(len), bool(print))
print(int(bool(5)), float(bool("")), str(bool([])))
print(True + bool(1) + bool("x"), sum([bool(1), bool(0), bool(2)]))
count = 0
for v in values:
    if bool(v):
        count += 1
print(count, len(values))
print(bool(0) is False, bool(3) is True)
def truthy_names(items):
    out = []
    for name, v in items:
        if v:
            out.append(name)
    return out
named = [("zero", 0), ("one", 1), ("empty", ""), ("space", " "), ("none", None), ("list0", [0]), ("dict", {}), ("nan", float("nan"))]
print(truthy_names(named))
print(bool(1) + bool(2), bool(1) * 10, -bool(1), bool(-1) == True)
flags = [bool("a"), bool("")]
print(flags)
