pairs = [([1, 2, 3], [1, 2, 3]), ([1, 2], [1, 2, 3]), ([1, 3], [1, 2, 3]), ([], [0]), ([], []), ([2], [1, 9, 9]), (["a"], ["b"]), ([1.0], [1]), ([[1]], [[1, 0]])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print([1, 2] == (1, 2), [] == (), [1] != (1,))
print((1, 2) < (1, 3), (1, 2, 0) > (1, 2), () < (0,))
print([0.0] == [-0.0], (1, 2.0) == (1.0, 2))
print([1, 2, [3, 4]] == [1, 2, [3, 4]], [1, 2, [3, 4]] < [1, 2, [3, 5]])
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print((1,) >= [1])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError", e)
try:
    print([[1]] > [["a"]])
except TypeError as e:
    print("TypeError", e)
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "a"), (1, "z"), (1, "b")]))
rows = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
rows.sort()
print(rows)
