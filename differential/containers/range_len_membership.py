cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (-5, 5, 2), (5, -5, -2), (0, 0, 1), (0, 1, 5), (3, 3, -1), (0, 10 ** 17, 7), (-(10 ** 18), 10 ** 18, 10 ** 17)]
for start, stop, step in cases:
    r = range(start, stop, step)
    print(r, len(r), bool(r))
    if len(r) > 0:
        print("  first", r[0], "last", r[-1], "mid", r[len(r) // 2])
r = range(1, 100, 3)
hits = []
for v in [1, 2, 4, 97, 98, 99, 100, 0, -2]:
    if v in r:
        hits.append(v)
print(hits)
neg = range(20, -20, -7)
print(list(neg), 6 in neg, -1 in neg, -15 in neg, 20 in neg, -20 in neg)
print(1.0 in range(3), 1.5 in range(3), "1" in range(3))
print(range(0, 10 ** 20, 7)[10 ** 18], (10 ** 20 - 1) in range(0, 10 ** 20, 7))
print(len(range(-3, 3)), len(range(3, -3)), len(range(3, -3, -1)))
print(range(1, 10, 2) == range(1, 11, 2), range(1, 10, 2) == range(1, 12, 2))
print(range(0, 5)[::2], range(0, 5)[1:-1], range(10)[-3:], range(10)[::-3])
print(range(5) == range(0, 5, 1), range(0, 0) == range(10, 10), list(range(0, -5, -1)))
