pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (5.0, 0.5), (1e-10, 1.0), (-1e-10, 1.0), (1.0, 1e-10), (3.0, float("inf")), (-3.0, float("inf")), (float("inf"), 2.0)]
for a, b in pairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b))
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError", e)
print(5.5 // 1, -5.5 // 1, 5.5 % 1, -5.5 % 1)
print(10 % 3.5, -10 % 3.5, 10 % -3.5)
print(2 ** 60 % 7.0, 2 ** 60 // 7.0)
print(0.1 % 0.01, 1.0 % 0.1)
print(1e300 // 1e-5)
print(-1e-300 % 1e300)
print(7 // 2.0, -7 // 2.0, 7 % 2.0, -7 % 2.0)
print(divmod(13, 4.0), divmod(-13, 4.0))
print(float("nan") // 1, float("nan") % 1)
for a in [5.5, -5.5]:
    for b in [2.0, -2.0]:
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
print(-0.0 // 1, 0.0 % -1, -0.0 % 1)
