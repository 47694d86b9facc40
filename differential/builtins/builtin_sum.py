print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([True, True, False]))
print(sum([1, 2], 10), sum([], 5), sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([2 ** 64, 2 ** 64, -1]), sum([1, 2.5]), sum([-1, -2, -3]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
print(sum(range(0)), sum(range(-5, 0)))
print(sum({"a": 1, "b": 2}.values()), sum({1: "a", 2: "b"}))
print(sum([0.5, 0.25, 0.125], 1))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, None])
except TypeError as e:
    print("TypeError", e)
try:
    sum([[1]], 0)
except TypeError as e:
    print("TypeError", e)
vals = []
for i in range(1, 11):
    vals.append(1 / i)
print(sum(vals))
squares = []
for i in range(1, 101):
    squares.append(i * i)
print(sum(squares), sum(range(1, 101)) ** 2 - sum(squares))
