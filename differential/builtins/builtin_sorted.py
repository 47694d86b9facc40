print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted(range(5, 0, -1)), sorted({"b": 1, "a": 2}))
print(sorted([]), sorted(""), sorted([1]), sorted([2, 1], reverse=True))
print(sorted([3.5, -1, 2, 0.0, True]), sorted(["b", "B", "a", "A", "é", "z"]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
def by_abs(x):
    return abs(x)
def rev_str(s):
    return s[::-1]
print(sorted([-5, 3, -1, 4, -2], key=by_abs), sorted([-5, 3, -1, 4, -2], key=by_abs, reverse=True))
print(sorted(["abc", "bca", "cab"], key=rev_str))
print(sorted({"x": 3, "y": 1, "z": 2}.items()), sorted({"x": 3, "y": 1, "z": 2}.values(), reverse=True))
orig = [5, 2, 8]
s = sorted(orig)
s.append(0)
print(orig, s)
stable = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
def snd(p):
    return p[1]
print(sorted(stable, key=snd), sorted(stable, key=snd, reverse=True))
print(sorted([2 ** 64, -(2 ** 64), 0, 2 ** 63]))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted("Hello World"))
try:
    sorted([1, "1"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
