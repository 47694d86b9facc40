# Lexicographic comparison of lists: prefixes, nesting, identity shortcuts.
pairs = [
    ([], []),
    ([], [0]),
    ([1, 2], [1, 2, 0]),
    ([1, 3], [1, 2, 9]),
    ([[1, 2], 3], [[1, 2], 4]),
    ([[1, 3]], [[1, 2, 5]]),
    ([1.0], [1]),
    ([True], [1]),
    (["a", "b"], ["a", "B"]),
]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
for a, b in [([1, "x"], [1, 2]), ([1, [2]], [1, (2,)]), ([None], [None, 1]), ([None], [0])]:
    for name, op in [("<", lambda x, y: x < y), ("==", lambda x, y: x == y), (">=", lambda x, y: x >= y)]:
        try:
            print(a, name, b, op(a, b))
        except TypeError as e:
            print(a, name, b, "TypeError", e)
nan = float("nan")
row = [nan]
print(row == row, [nan] == [nan], row[0] == row[0])
print([1, 2] == (1, 2), [1, 2] != (1, 2))
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
