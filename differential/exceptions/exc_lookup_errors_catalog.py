def probe(container, key):
    try:
        return "value " + repr(container[key])
    except IndexError as e:
        return "IndexError(" + str(e) + ")"
    except KeyError as e:
        return "KeyError(" + str(e) + ")"
    except TypeError as e:
        return "TypeError(" + str(e) + ")"

lst = [10, 20, 30]
tup = ("a", "b")
s = "xyz"
r = range(2, 8, 2)
d = {"one": 1, 2: "two", (3,): "three", None: 0}
for key in [0, 2, 3, -1, -4, 10 ** 3, "0", 1.0, None]:
    print("list ", repr(key), probe(lst, key))
for key in [1, 2, -2, -3]:
    print("tuple", repr(key), probe(tup, key))
for key in [0, 3, -3, -4]:
    print("str  ", repr(key), probe(s, key))
for key in [0, 2, 3, -3, -4]:
    print("range", repr(key), probe(r, key))
for key in ["one", "One", 2, 2.0, (3,), 3, None, "", [1], (1, [2])]:
    print("dict ", repr(key), probe(d, key))
nested = {"a": [1, {"b": (2, 3)}]}
for path in [["a", 1, "b", 0], ["a", 5], ["a", 1, "c"], ["z"], ["a", 0, 0]]:
    cur = nested
    try:
        for p in path:
            cur = cur[p]
        print(path, "->", cur)
    except LookupError as e:
        print(path, "LookupError", type(e).__name__, e)
    except TypeError as e:
        print(path, "TypeError", e)
