a = [1, "two", 3.0, None, [4, 5], (6,), {"k": 7}]
tests = [1, 1.0, True, "two", "Two", 3, None, [4, 5], [4], (6,), 6, {"k": 7}, {}, 0]
for t in tests:
    print(repr(t), t in a, t not in a)
print(0 in [False], "" in [[]], [] in [[]], () in [[]])
print(1 in (1, 2), 3 in (1, 2), "a" in ("abc",), "abc" in ("abc",))
print(2 in range(5), 5 in range(5), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(2.0 in range(5), 2.5 in range(5), True in range(3))
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
print(float("nan") in [1.0, 2.0], float("inf") in [float("inf")])
big = list(range(10000))
print(9999 in big, 10000 in big, -1 in big)
def contains(seq, x):
    for item in seq:
        if item == x:
            return True
    return False
print(contains(a, [4, 5]), contains(a, "three"))
nested = [[1, [2, 3]], (4, 5)]
print([2, 3] in nested, [1, [2, 3]] in nested, (4, 5) in nested, [4, 5] in nested)
