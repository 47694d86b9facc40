try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError", e)
try:
    print([1, 2] < [1, "x"])
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [2, "x"])
print([1, "a"] == [1, 2])
try:
    print((1, None) < (1, 2))
except TypeError as e:
    print("TypeError", e)
def bad_key(x):
    return x["k"]
try:
    sorted([{"k": 1}, {"j": 2}], key=bad_key)
except KeyError as e:
    print("KeyError", e)
try:
    [3, 1].sort(len)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], 1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError", e)
lst = [3, "x", 1]
try:
    lst.sort()
except TypeError as e:
    print("TypeError", e)
print(lst)
mixed = [2, 1.5, True, -3]
mixed.sort()
print(mixed)
