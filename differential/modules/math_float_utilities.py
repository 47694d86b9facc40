import math

for x, y in [(3.0, -1.0), (-2.0, 5.0), (0.0, -1.0), (-0.0, 1.0), (math.inf, -2), (1, -0.0)]:
    print(x, y, math.copysign(x, y))
for v in [-3, 3, -2.5, -0.0, math.inf, -math.inf]:
    print(v, math.fabs(v))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (1e20, 3)]:
    print(a, b, math.fmod(a, b), a % b, math.remainder(a, b))
for v in [1.5, -1.5, 0.0, 8.0, 0.1, 1e300, -5e-324]:
    print(v, math.frexp(v), math.modf(v))
print(math.ldexp(0.5, 4), math.ldexp(0.75, -2), math.ldexp(1, 1023), math.ldexp(1, -1074))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e) == 123.456)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e16), math.ulp(0.0))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 15)), math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1, 1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), round(math.radians(45), 15))
print(math.trunc(-3.7), math.fabs(-0.0), math.copysign(0.0, -0.0))
