import math

def pi_nilakantha(terms):
    total = 3.0
    sign = 1.0
    k = 2
    for i in range(terms):
        total += sign * 4.0 / (k * (k + 1) * (k + 2))
        sign = -sign
        k += 2
    return total

def e_series(terms):
    total = 0.0
    for k in range(terms):
        total += 1.0 / math.factorial(k)
    return total

def sin_taylor(x, terms):
    total = 0.0
    for n in range(terms):
        total += (-1) ** n * x ** (2 * n + 1) / math.factorial(2 * n + 1)
    return total

for t in [1, 10, 100, 1000]:
    p = pi_nilakantha(t)
    print(t, p, abs(p - math.pi) < 1e-6)
for t in [5, 10, 15, 20]:
    print(t, e_series(t), e_series(t) == math.e)
for x in [0.0, 0.5, 1.0, math.pi / 2, 3.0]:
    approx = sin_taylor(x, 15)
    print(round(x, 6), round(approx, 12), math.isclose(approx, math.sin(x), rel_tol=1e-12, abs_tol=1e-15))
def sqrt_newton(a):
    x = a
    for i in range(60):
        x = (x + a / x) / 2
    return x
for a in [2.0, 10.0, 1e-6, 12345.0]:
    print(a, sqrt_newton(a), math.sqrt(a), math.isclose(sqrt_newton(a), math.sqrt(a)))
golden = (1 + math.sqrt(5)) / 2
a, b = 0, 1
for i in range(70):
    a, b = b, a + b
print(golden, b / a, math.isclose(golden, b / a))
