items = ["a", "b'c", 1, 2.5, None, True, ["n"], ("t",), {"k": "v"}]
print(items)
print(str(items))
for it in items:
    print(str(it), repr(it))
print(str(()), str((1,)), str((1, 2)), str([]), str({}))
print(str([[]]), str([()]), str(({},)))
print([1.0, -0.0, 1e20, 1e-7, float("inf")])
print({"a": [1, {"b": (2, "c")}]})
print(("é", "中", "😀"))
print(["\n", "\t", "\\"])
print(str(range(5)), repr(range(1, 10, 2)), str(range(0)), repr(range(-3, -10, -2)))
print([range(3)], (range(2, 4),))
d = {1: "one", "1": 1, 1.5: [1.5], (1, 2): None}
print(d)
print(str(d) == repr(d))
print(len(str([1, 2, 3])), len(repr("abc")))
print(f"{items}")
print("{}".format(items[:3]))
