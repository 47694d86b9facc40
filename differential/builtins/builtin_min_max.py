print(min(3, 1, 2), max(3, 1, 2), min([4, -2, 9]), max((4, -2, 9)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("b", "a", "c"))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1), min(0, False))
print(min([[2, 1], [1, 5], [1, 2]]), max([(1, "b"), (1, "a")]))
print(min(range(5, 10)), max(range(5, 10)), max(range(10, 0, -3)))
print(min({"z": 1, "a": 2}), max({"z": 1, "a": 2}), max({"z": 1, "a": 2}.values()))
def neg(x):
    return -x
def second(t):
    return t[1]
print(min([3, 1, 2], key=neg), max([3, 1, 2], key=neg), max(3, 1, 2, key=neg))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=second), min(pairs, key=second))
print(min([], default=None), max([], default="none"), min([5], default=0), max((), key=neg, default=-1))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len))
print(max([1, 5, 5, 2], key=neg), max([-1, 1], key=abs), min([-1, 1], key=abs))
for bad in [[], ""]:
    try:
        max(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    min()
except TypeError as e:
    print("TypeError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
print(max(float("nan"), 1), max(1, float("nan")), min(float("-inf"), -1e308))
