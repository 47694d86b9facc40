print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(-1, -10, -4)))
for r in [range(10), range(1, 11, 2), range(10, -10, -3), range(0), range(7, 3)]:
    print(r, len(r), list(r)[:5])
r = range(0, 100, 7)
print(r[0], r[1], r[-1], r[-2], len(r))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(sum(range(101)), sum(range(1, 100, 2)), max(range(5)), min(range(3, 9)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
big = range(0, 2 ** 70, 2 ** 60)
print(len(big), big[-1], big[5], 2 ** 65 in big, 2 ** 65 + 1 in big)
print(range(True, 5), list(range(False, True + 2)))
total = 0
for i in range(3, 30, 4):
    total += i
print(total)
for i in range(3, -1, -1):
    print("countdown", i)
print(tuple(range(3)), list(enumerate(range(10, 13))))
