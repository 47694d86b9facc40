# for loops over ranges: negative steps, empty and huge ranges, loop variables after the loop,
# break/else, nested ranges and ranges built from expressions.
total = 0
for i in range(10, -10, -3):
    total += i
    print(i, end=" ")
print(total)
for i in range(0):
    print("never")
else:
    print("empty else")
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i - 2 ** 64, end=" ")
print(i)
for i in range(-2 ** 63 - 2, -2 ** 63 + 1):
    print(i, end=" ")
print()
for i in range(2 ** 47 - 2, 2 ** 47 + 2):
    print(i, type(i).__name__, end=" ")
print()
n = 0
for i in range(1, 1000000, 7):
    if i > 50:
        break
    n += 1
else:
    print("no break")
print(n, i)
print([(a, b) for a in range(3) for b in range(a, 3)])
print([x for x in range(20, 0, -5)], list(range(5, 0, -1)), list(range(-1, -5, -1)))
r = range(3)
print([list(r) for _ in range(2)], list(zip(r, r)), sum(x * y for x in r for y in r))
it = iter(range(5))
for x in it:
    if x == 1:
        next(it)
    print(x, end=" ")
print()
k = 3
for j in range(k):
    k = 10
    print(j, end=" ")
print(k)
