def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, fact(n), fact(n) == fact_rec(n))
f100 = fact(100)
print(f100)
print(len(str(f100)))
print(f100 // fact(98))
print(f100 % (10 ** 9 + 7))
def choose(n, k):
    return fact(n) // (fact(k) * fact(n - k))
for n, k in [(5, 2), (10, 5), (52, 5), (100, 50), (64, 32)]:
    print(n, k, choose(n, k))
row = [1]
for i in range(12):
    nxt = [1]
    for j in range(len(row) - 1):
        nxt.append(row[j] + row[j + 1])
    nxt.append(1)
    row = nxt
print(row)
print(sum(row), 2 ** 12)
print(fact(20) < 2 ** 63 < fact(21))
print(fact(34) < 2 ** 128 < fact(35))
d = 1
for k in range(1, 30):
    d = d * k // 1
print(d == fact(29))
