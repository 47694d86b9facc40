def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a

def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)

memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    if n < 2:
        r = n
    else:
        r = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r

for n in [0, 1, 2, 10, 20]:
    print(n, fib_iter(n), fib_rec(n), fib_memo(n))
for n in [50, 90, 92, 93, 100, 200, 300]:
    print(n, fib_iter(n), fib_iter(n) == fib_memo(n))
f1000 = fib_iter(1000)
s = str(f1000)
print(len(s), s[:20], s[-20:])
print(f1000 % 1000000007)
print(fib_iter(93) > 2 ** 63, fib_iter(92) < 2 ** 63)
ratio = fib_iter(60) / fib_iter(59)
print(ratio)
print(len(memo))
