for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate("abc", 1):
    print(i, c)
for i, c in enumerate("abc", start=-2):
    print(i, c)
print(list(enumerate([])), list(enumerate(["x"])), list(enumerate(range(3), 10)))
print(list(enumerate({"k1": 1, "k2": 2})), list(enumerate((5, 6), 2 ** 64)))
pairs = list(enumerate(["a", "b"]))
print(pairs, pairs[1][0], pairs[1][1])
d = {}
for idx, word in enumerate("the quick brown fox".split()):
    d[word] = idx
print(d)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
lines = ["first", "second", "third"]
for n, line in enumerate(lines, 1):
    print(f"{n:>3}: {line}")
last = None
for last, _ in enumerate("xyz"):
    pass
print(last)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
try:
    enumerate("ab", "1")
except TypeError as e:
    print("TypeError", e)
