import math

vals = [0, 0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 0.9999999, -0.0000001, 1e20, -1e20, 7, -7, 2 ** 70, 123.456, True]
for v in vals:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), round(v) if isinstance(v, int) else round(v))
print(isinstance(math.floor(2.5), int), isinstance(math.ceil(2.5), int), isinstance(math.trunc(-2.5), int))
print(math.floor(-0.5) == -1, math.ceil(-0.5) == 0, math.trunc(-0.5) == 0, int(-0.5) == 0)
print(math.floor(1e300) == int(1e300), len(str(math.floor(1e300))))
for bad in [math.inf, -math.inf]:
    try:
        print(math.floor(bad))
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(math.ceil(math.nan))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.floor("1.5"))
except TypeError as e:
    print("TypeError", e)
def floor_div_check(a, b):
    return math.floor(a / b) == a // b
print(floor_div_check(7, 2), floor_div_check(-7, 2), floor_div_check(10 ** 20 + 1, 3))
