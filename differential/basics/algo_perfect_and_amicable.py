def divisor_sum(n):
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            other = n // d
            if other != d:
                total += other
        d += 1
    return total

perfect = []
abundant = 0
deficient = 0
for n in range(2, 10000):
    s = divisor_sum(n)
    if s == n:
        perfect.append(n)
    elif s > n:
        abundant += 1
    else:
        deficient += 1
print(perfect, abundant, deficient)
pairs = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        pairs.append((a, b))
print(pairs)
print(divisor_sum(1), divisor_sum(2), divisor_sum(12), divisor_sum(28), divisor_sum(496))
p = 2 ** 31 - 1
print(2 ** 30 * p, divisor_sum(2 ** 12 * 8191) == 2 ** 12 * 8191)
