import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

def totient(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result

def count_coprime(n):
    c = 0
    for k in range(1, n + 1):
        if math.gcd(n, k) == 1:
            c += 1
    return c

primes = []
for n in range(100):
    if is_prime(n):
        primes.append(n)
print(primes)
for n in [1, 9, 10, 36, 97, 100, 1024]:
    print(n, totient(n), count_coprime(n))
print(math.lcm(2, 3, 4, 5, 6, 7, 8, 9, 10))
def is_perfect_square(n):
    r = math.isqrt(n)
    return r * r == n
print(is_perfect_square(144), is_perfect_square(145), is_perfect_square(10 ** 30))
def digits_of_factorial(n):
    return len(str(math.factorial(n)))
print(digits_of_factorial(10), digits_of_factorial(100), digits_of_factorial(1000))
print(math.comb(40, 20), math.comb(40, 20) % 1000000007, pow(2, 40, 1000000007))
pyth = []
for m_ in range(2, 6):
    for n_ in range(1, m_):
        if math.gcd(m_, n_) == 1 and (m_ - n_) % 2 == 1:
            a = m_ * m_ - n_ * n_
            b = 2 * m_ * n_
            c = m_ * m_ + n_ * n_
            pyth.append((a, b, c, math.hypot(a, b) == c))
print(pyth)
