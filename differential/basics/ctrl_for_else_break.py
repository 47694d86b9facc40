def search(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

search([4, 8, 15, 16, 23, 42], 15)
search([4, 8, 15, 16, 23, 42], 7)
search([], 1)

for c in "hello":
    if c == "l":
        continue
    print(c)
else:
    print("done with string")

primes = []
for n in range(2, 60):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)

total = 0
for x in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]:
    if x % 2:
        continue
    total += x
print("even sum", total)

for i in range(5):
    pass
print("leftover i", i)

for k in range(10, 0, -3):
    print("k", k)
else:
    print("for-else ran, last k", k)

for ch in "":
    print("never")
else:
    print("empty iterable else")
