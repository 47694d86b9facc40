a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
c = {"x": 1, "y": 3}
print(a == b, a != b, a == c, list(a) == list(b))
print({} == {}, {1: 1} == {1.0: 1.0}, {True: 1} == {1: True})
print({"a": [1, 2]} == {"a": [1, 2]}, {"a": (1,)} == {"a": [1]})
print(a == [("x", 1), ("y", 2)], a == dict([("x", 1), ("y", 2)]))
try:
    print(a < b)
except TypeError as e:
    print("TypeError", e)
try:
    print({} <= {})
except TypeError as e:
    print("TypeError", e)
try:
    print(max([{"a": 1}, {"b": 2}]))
except TypeError as e:
    print("TypeError", e)
print(a.keys() == b.keys(), list(a.values()) == list(b.values()))
print(a.items() == b.items())
def same_contents(d1, d2):
    if len(d1) != len(d2):
        return False
    for k in d1:
        if k not in d2 or d2[k] != d1[k]:
            return False
    return True
print(same_contents(a, b), same_contents(a, c), same_contents({}, {}))
