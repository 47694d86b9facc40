# sort and sorted over mixed types: which comparisons fail, and what is left behind.
cases = [
    [3, "a", 1],
    [1, 2.5, True, -1],
    ["b", b"a"],
    [(1, 2), (1, "x")],
    [(1, 2), (2, "x")],
    [[1], (1,)],
    [None, None],
    [None],
    [{1}, {1, 2}, {0}],
    [3j, 1j],
    [[3, "a"], [3, 2]],
]
for c in cases:
    copy = list(c)
    try:
        copy.sort()
        print("sorted", copy)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(sorted(c, reverse=True))
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], key=lambda v: -v))
print(sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: p[0]))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
try:
    sorted([1, 2], key=lambda v: [v] if v == 1 else (v,))
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], lambda v: v)
except TypeError as e:
    print("TypeError", e)
try:
    [2, 1].sort(key=1)
except TypeError as e:
    print("TypeError", e)
