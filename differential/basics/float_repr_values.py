vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1.5e-05, 0.0001, 0.00001, 1e-7, 5e-324, 1.7976931348623157e308, 2 ** 0.5, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 3.14159, 2.5e-300]
for v in vals:
    print(v, repr(v), str(v))
inf = 1e300 * 1e10
print(inf, -inf, repr(inf))
nan = inf - inf
print(nan, repr(nan), -nan)
print(float("inf"), float("-inf"), float("nan"))
print(1e300 * 1e10 == float("inf"))
print(5e-324 / 2)
print(-5e-324 / 2)
print(0.1 * 3, 0.3)
print(1.1 + 2.2)
print(9007199254740993.0)
print(1e16 + 1)
print(12345.6789e3)
print(float(2 ** 80))
print(0.5 ** 10)
print(-1.25e-10)
print(123e-20)
print([0.1, -0.0, 1e100])
print((1.0, 2.5))
print(f"{0.1}", f"{1e16}", f"{-0.0}")
