a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(3), a.index(5, 5), a.index(5, 5, 9), a.index(3, -3))
print(a.count(5), a.count(1), a.count(7), a.count(3))
try:
    print(a.index(7))
except ValueError as e:
    print("ValueError", e)
try:
    print(a.index(4, 3))
except ValueError as e:
    print("ValueError", e)
try:
    print(a.index(9, 0, 5))
except ValueError as e:
    print("ValueError", e)
b = ["x", [1], (2,), None, 1.0, "x"]
print(b.index([1]), b.index((2,)), b.index(None), b.index(1), b.index(True), b.count("x"))
print([1, True, 1.0].count(1), [0, False, 0.0, ""].count(0))
print([[1, 2], [1, 2], [2, 1]].count([1, 2]))
try:
    print(["a"].index("A"))
except ValueError as e:
    print("ValueError", e)
try:
    print(a.count())
except TypeError as e:
    print("TypeError", e)
def positions(lst, value):
    out = []
    start = 0
    while True:
        try:
            i = lst.index(value, start)
        except ValueError:
            return out
        out.append(i)
        start = i + 1
print(positions(a, 5), positions(a, 1), positions(a, 8))
