def collatz_len(n, cache):
    steps = 0
    x = n
    path = []
    while x != 1:
        if x in cache:
            steps += cache[x]
            break
        path.append(x)
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    total = steps
    for p in path:
        cache[p] = total
        total -= 1
    return steps

cache = {}
best = 0
best_n = 0
for n in range(1, 20000):
    l = collatz_len(n, cache)
    if l > best:
        best = l
        best_n = n
print(best_n, best)
for n in [1, 2, 3, 6, 7, 27, 97, 871]:
    print(n, collatz_len(n, cache))
peak = 27
x = 27
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    if x > peak:
        peak = x
print("peak of 27", peak)
big = 2 ** 100 + 1
print(collatz_len(big, {}))
