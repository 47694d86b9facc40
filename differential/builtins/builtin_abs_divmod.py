for v in [0, 5, -5, 2 ** 64, -(2 ** 64), 0.0, -0.0, 3.5, -3.5, float("inf"), float("-inf"), True, False]:
    print(repr(v), abs(v))
print(abs(float("nan")))
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (2 ** 65, 3), (-(2 ** 65), 7), (7.5, 2), (-7.5, 2), (7, 0.5), (1e20, 3)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)
print(divmod(True, 2), divmod(5, True))
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    abs("-1")
except TypeError as e:
    print("TypeError", e)
try:
    divmod("7", 2)
except TypeError as e:
    print("TypeError", e)
try:
    divmod(7, None)
except TypeError as e:
    print("TypeError", e)
total = 0
for v in range(-5, 6):
    total += abs(v)
print(total)
def manhattan(p, q):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])
print(manhattan((1, 2), (-3, 5)), manhattan((0, 0), (0, 0)))
