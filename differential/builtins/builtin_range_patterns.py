n = 10
evens = []
odds = []
for i in range(n):
    if i % 2 == 0:
        evens.append(i)
    else:
        odds.append(i)
print(evens, odds)
print(list(range(n, 0, -1)), list(range(0, n, 3)), list(range(-n, 0, 4)))
s = "abcdefgh"
for i in range(0, len(s), 3):
    print(s[i:i + 3])
for i in range(len(s) - 1, -1, -2):
    print(i, s[i])
tri = []
for i in range(1, 6):
    row = []
    for j in range(i):
        row.append(j + 1)
    tri.append(row)
print(tri)
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
r = range(3, 30, 4)
print(r, list(r), len(r), r[2], r[-1], 11 in r, 12 in r, r[1:3], list(r[::-2]))
for i in range(2, -3, -1):
    print("i", i, end=";")
print()
print(list(range(True, 4)), list(range(2 ** 64, 2 ** 64 + 3)))
count = 0
for _ in range(1000):
    count += 1
print(count)
