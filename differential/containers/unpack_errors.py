try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = []
except ValueError as e:
    print("ValueError", e)
try:
    a, = []
except ValueError as e:
    print("ValueError", e)
try:
    a, = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError", e)
try:
    a, b = 1.5
except TypeError as e:
    print("TypeError", e)
try:
    a, b = {"k": 1}
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c, d = range(10)
except ValueError as e:
    print("ValueError", e)
try:
    for x, y in [(1, 2), (3, 4, 5)]:
        print("pair", x, y)
except ValueError as e:
    print("ValueError", e)
try:
    for x, y in [(1, 2), 3]:
        print("pair", x, y)
except TypeError as e:
    print("TypeError", e)
try:
    for x, y in ["ab", "c"]:
        print("chars", x, y)
except ValueError as e:
    print("ValueError", e)
a = "unchanged"
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError", e, a)
