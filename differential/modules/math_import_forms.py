import math
import math as m
from math import sqrt, pi
from math import floor, ceil, gcd

print(sqrt(49), pi, m.pi == math.pi, m.sqrt(2) == sqrt(2))
print(floor(-2.5), ceil(-2.5), gcd(84, 36))
print(m.factorial(6), m.comb(6, 3), m.isqrt(99))
area = pi * sqrt(2) ** 2
print(round(area, 10))
f = sqrt
g = m.floor
print(f(81), g(9.99))
funcs = [math.sin, m.cos, sqrt, floor]
for fn in funcs:
    print(round(fn(1.0), 10))
ops = {"sqrt": sqrt, "log": m.log, "exp": math.exp}
for name in sorted(ops):
    print(name, round(ops[name](2.0), 12))
def apply(fn, x):
    return fn(x)
print(apply(m.ceil, 4.01), apply(math.trunc, -4.99), apply(abs, -4))
print(sorted([3.7, -1.2, 2.5], key=floor), sorted([3.7, -1.2, 2.5], key=m.ceil))
