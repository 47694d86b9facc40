print(dict())
print(dict(a=1, b="two", c=None))
print(dict([("a", 1), ("b", 2)]))
print(dict((("x", 10), ("y", 20))))
print(dict({"k": "v"}))
print(dict({"k": "v"}, k="override", extra=1))
print(dict([("a", 1)], b=2))
print(dict(zip(["p", "q"], [True, False])))
print(dict(["ab", "cd"]))
print(dict([(1, "int"), (1.0, "float"), (True, "bool")]))
print(dict([((1, 2), "tuple key"), (None, "none key")]))
print(dict(enumerate("xyz")))
src = {"nested": [1, 2]}
cp = dict(src)
cp["nested"].append(3)
cp["new"] = 1
print(src, cp)
for bad in [[1, 2], [("a",)], [("a", 1, 2)], 5, ["abc"]]:
    try:
        print(dict(bad))
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError", e)
try:
    dict([([1], 2)])
except TypeError as e:
    print("TypeError", e)
