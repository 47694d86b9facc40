try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print((-10.0) ** 401)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1023))
try:
    print(2 ** 1024 / 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2 ** 1100 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 1100 // 2 ** 1090)
print(2 ** 1100 / 2 ** 1090)
try:
    print(1.0 + 10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 < 1.0, 10 ** 400 == 1e308)
except OverflowError as e:
    print("OverflowError", e)
print(1e308 + 1e308)
print(1e308 * 2 - 1e308 * 2)
print(0.5 ** 2000)
print(2.0 ** -1080)
try:
    print(round(1e308 * 10))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(round(float("nan")))
except ValueError as e:
    print("ValueError", e)
print(10 ** 400 > 1e308)
print(-(10 ** 400) < -1e308)
print(1e308 * 10 > 10 ** 400)
print(pow(2.0, 1023))
try:
    print(pow(2.0, 1024))
except OverflowError as e:
    print("OverflowError", e)
try:
    print((-8.0) ** 3.0)
except ValueError as e:
    print("ValueError", e)
print(isinstance((-8.0) ** 2, float))
