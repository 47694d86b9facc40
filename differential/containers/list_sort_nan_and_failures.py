# Sorting with NaNs and failing comparisons leaves CPython's exact order.
nan = float("nan")
print(sorted([3, nan, 1, 2]))
print(sorted([3, 1, nan, 2, 0]))
v = []
for i in range(200):
    if i % 13 == 5:
        v.append(nan)
    else:
        v.append(float((i * 7919) % 101))
print(sorted(v))
w = []
for i in range(3000):
    if i % 7 == 3:
        w.append(nan)
    else:
        w.append(float((i * 7919) % 1009))
s = sorted(w)
print(s[:40])
print(s[1500:1540])
print(sorted(w, reverse=True)[:30])
wave = []
for i in range(150):
    wave.append((i * 37) % 101)
cases = [[5, 3, 1, "x", 2], [1, 2, 3, "x", 0], list(range(100, 0, -1)) + ["x"] + list(range(50)),
         wave + ["x"] + wave]
for data in cases:
    try:
        data.sort()
    except TypeError as e:
        print("TypeError", e)
    print(data[:20], data[-20:])


def first(p):
    return p[0]


pairs = []
for i in range(40):
    pairs.append(((i * 7) % 5, i))
print(sorted(pairs, key=first))
print(sorted(pairs, key=first, reverse=True))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=len), max(words), min(3, 1.0, 1))
