d = {"a": 1, 2: "two", (3, 4): "tuple", None: "none"}
for key in ["a", 2, (3, 4), None, 2.0]:
    print(repr(key), d[key])
for key in ["b", 3, (3, 5), "", 0, 2.5]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d["a"] += d["nope"]
except KeyError as e:
    print("KeyError", e)
print(d["a"])
try:
    d["new"] += 1
except KeyError as e:
    print("KeyError", e)
print("new" in d)
try:
    {}["x"]
except LookupError as e:
    print("LookupError catches", type(e).__name__, e)
try:
    {"k": 1}["K"]
except KeyError as e:
    print(str(e), e.args[0])
try:
    d["it's"]
except KeyError as e:
    print(e)
try:
    d[""]
except KeyError as e:
    print(e)
