def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    out = []
    for i in range(n + 1):
        if flags[i]:
            out.append(i)
    return out

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

ps = sieve(200)
print(ps)
print(len(sieve(10000)), sieve(10000)[-5:])
for n in [0, 1, 2, 3, 4, 97, 100, 7919, 1000003, 2 ** 31 - 1]:
    print(n, is_prime(n))
for n in [360, 97, 1001, 2 ** 20, 600851475143, 9999991]:
    print(n, factorize(n))
twins = []
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] == 2:
        twins.append((ps[i], ps[i + 1]))
print(twins)
