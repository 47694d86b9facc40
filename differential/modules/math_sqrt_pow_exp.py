import math

for x in [0, 1, 2, 4, 9, 10, 0.25, 1e-10, 1e10, 2 ** 52, 1e308, math.inf]:
    print(x, math.sqrt(x))
print(math.sqrt(2) ** 2, math.sqrt(2) * math.sqrt(2) == 2)
for base, exp in [(2, 10), (2, 0.5), (10, -2), (0, 0), (-8, 3), (2.5, 2), (1, 1e300), (4, -0.5)]:
    print(base, exp, math.pow(base, exp), base ** exp)
for x in [0, 1, -1, 0.5, 10, -10, 100, 709, -745]:
    print(x, math.exp(x))
print(math.exp(1) == math.e, math.exp(0), math.exp(-math.inf), math.exp(math.inf))
print(math.exp(709) < math.inf, math.sqrt(16.0), math.sqrt(True))
print(isinstance(math.sqrt(4), float), isinstance(math.pow(2, 2), float))
print(round(27 ** (1 / 3), 12), math.cbrt(27.0), math.cbrt(-8.0))
for n in [2, 3, 5, 10]:
    r = math.sqrt(n)
    print(n, r, r * r, round(r * r, 12) == n)
print(math.pow(2, -1074), math.pow(2, 1023), math.pow(-1, 0.0), math.pow(1, math.nan))
print(math.exp(2) == math.e ** 2, round(math.exp(2) - math.e ** 2, 12))
for x in [1e-5, 1e-10, 1e-15]:
    print(x, math.exp(x) - 1, math.expm1(x))
print(math.sqrt(10 ** 20), math.sqrt(2 ** 100), math.isqrt(2 ** 100))
