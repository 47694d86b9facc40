for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375, -0.0, 1e20, 123.456]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(2.675, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -5))
print(round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(123456, -3), round(123500, -3), round(124500, -3))
print(round(7), round(-7), round(True))
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float), isinstance(round(25, -1), int))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e-10, 5), round(-1e-10, 5))
print(round(float("inf"), 2), round(float("-inf"), 2), round(float("nan"), 2))
try:
    print(round(float("inf")))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(round("1.5"))
except TypeError as e:
    print("TypeError", e)
try:
    print(round(1.5, 1.0))
except TypeError as e:
    print("TypeError", e)
print(round(2 ** 70 + 0.0))
print(round(10 ** 30, -29))
print(round(-10 ** 30 + 5 * 10 ** 28, -29))
print(round(0.5 + 1e-16), round(1.5 - 1e-16))
print(round(1e300, -300), round(1e300, 300))
print(round(3.14159, ndigits=3))
