import math

angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, -math.pi / 4]
for a in angles:
    print(round(a, 6), round(math.sin(a), 12), round(math.cos(a), 12), round(math.tan(a), 6) if abs(math.cos(a)) > 1e-9 else "undef")
for v in [-1, -0.5, 0, 0.5, 1]:
    print(v, round(math.asin(v), 12), round(math.acos(v), 12), round(math.atan(v), 12))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0), (0, 0)]:
    print(y, x, round(math.atan2(y, x), 12))
print(math.sin(0.0), math.sin(-0.0), math.cos(0.0), math.atan(math.inf), math.atan(-math.inf))
for x in [0, 0.5, 1, -2]:
    print(x, round(math.sinh(x), 12), round(math.cosh(x), 12), round(math.tanh(x), 12), round(math.asinh(x), 12))
print(round(math.acosh(1), 12), round(math.acosh(2), 12), round(math.atanh(0.5), 12))
s = 0.0
for i in range(360):
    a = math.radians(i)
    s += math.sin(a) ** 2 + math.cos(a) ** 2
print(round(s, 9))
for deg in [0, 30, 45, 60, 90, 120, 180]:
    r = math.radians(deg)
    print(deg, round(math.degrees(r), 10), round(math.sin(r) ** 2 + math.cos(r) ** 2, 12))
