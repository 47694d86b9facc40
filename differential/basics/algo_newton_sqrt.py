def newton_sqrt(x, iterations):
    if x == 0:
        return 0.0
    guess = x / 2.0
    for i in range(iterations):
        guess = (guess + x / guess) / 2.0
    return guess

def int_sqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for v in [2.0, 9.0, 10.0, 0.25, 1e10, 12345.678, 0.0]:
    print(v, newton_sqrt(v, 30))
print(newton_sqrt(2.0, 1), newton_sqrt(2.0, 2), newton_sqrt(2.0, 3), newton_sqrt(2.0, 4))
for n in [0, 1, 2, 99, 100, 101, 2 ** 64, 10 ** 30, 3 ** 100]:
    r = int_sqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
def pi_leibniz(terms):
    total = 0.0
    sign = 1.0
    k = 0
    while k < terms:
        total += sign / (2 * k + 1)
        sign = -sign
        k += 1
    return 4 * total
print(pi_leibniz(1), pi_leibniz(10), pi_leibniz(1000))
def e_series(terms):
    total = 0.0
    fact = 1
    for k in range(terms):
        if k > 0:
            fact *= k
        total += 1.0 / fact
    return total
print(e_series(5), e_series(20))
x = 1.0
for i in range(60):
    x = x / 2
print(x, 1.0 + x == 1.0, 1.0 + x * 2 ** 8 == 1.0)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print("machine epsilon", eps)
