samples = ["", "a", "abc", "é中😀", "\n\t", [], [1, [2, 3]], (), (1,), {}, {"a": 1, "b": 2}, range(0), range(10), range(5, 0, -1), range(0, 100, 7), "x" * 1000, [None] * 50]
for s in samples:
    print(len(s))
d = {"k": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
print(len(str(2 ** 100)), len(repr("ab")), len(str([1, 2])))
for bad in [5, 2.5, None, True]:
    try:
        print(len(bad))
    except TypeError as e:
        print("TypeError", e)
lst = []
for i in range(5):
    lst.append(i)
    print("len now", len(lst))
while len(lst) > 2:
    lst.pop()
print(lst, len(lst))
print(len([[]] * 3), len(list(range(3)) * 3), len("ab" + "cd"))
print(len(range(-10, 10, 3)), len(range(10, -10, -3)), len(range(2 ** 40)))
