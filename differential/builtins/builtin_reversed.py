print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed([])), "".join(reversed("racecar")), "".join(reversed("é中😀")))
print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
lst = [1, 2, 3]
for x in reversed(lst):
    print("rev", x)
print(lst)
print(tuple(reversed([1, [2, 3]])))
total = ""
for ch in reversed("hello world"):
    total += ch
print(total)
for bad in [5, None, 2.5]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
words = "one two three".split()
print(" ".join(reversed(words)))
for i, v in enumerate(reversed(["x", "y", "z"])):
    print(i, v)
print(sorted(reversed([3, 1, 2])), list(reversed(sorted([3, 1, 2]))))
