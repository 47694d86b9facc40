vals = [0.0, -0.0, 0.5, -0.5, 0.9999, -0.9999, 1.5, -1.5, 2.5, 1e10, -1e10, 1e20, 123456789.987, 2.0 ** 63, 2.0 ** 64, 1e300, -7.9]
for v in vals:
    print(v, int(v))
print(int(True), int(False))
print(int(7))
print(int(-7))
try:
    print(int(float("inf")))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(int(float("-inf")))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(int(float("nan")))
except ValueError as e:
    print("ValueError", e)
try:
    print(int("1.5"))
except ValueError as e:
    print("ValueError", e)
try:
    print(int(None))
except TypeError as e:
    print("TypeError", e)
try:
    print(int([1]))
except TypeError as e:
    print("TypeError", e)
print(int(1e15) + 1)
print(int(2.0 ** 52) + 1)
print(int(-2.0 ** 70))
print(int(3.999999999999999))
print(int(3.9999999999999999))
