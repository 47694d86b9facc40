# Slice assignment and deletion with steps: sizes, negative steps, error messages.
base = list(range(10))
a = base[:]
a[::2] = "abcde"
print(a)
a = base[:]
a[1::3] = [None] * 3
print(a)
a = base[:]
a[::-3] = ["w", "x", "y", "z"]
print(a)
a = base[:]
a[8:2:-2] = (0, 0, 0)
print(a)
for target, value in [(slice(None, None, 2), [1, 2]), (slice(1, None, 3), range(5)), (slice(None, None, -1), [0]),
                      (slice(0, 10, 4), []), (slice(None, None, 0), [1])]:
    a = base[:]
    try:
        a[target] = value
        print("ok", a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = base[:]
a[2:5] = []
print(a)
a[0:0] = "xy"
print(a)
a[-2:] = [[1], [2], [3]]
print(a)
a[100:200] = [9]
print(a)
a[3:1] = ["inserted"]
print(a)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError", e)
try:
    a[::2] = 5
except TypeError as e:
    print("TypeError", e)
a = base[:]
a[:] = a
print(a)
a[::2] = a[1::2]
print(a)
a = base[:]
del a[::3]
print(a)
del a[::-2]
print(a)
del a[5:1]
del a[-1:-3:-1]
print(a)
del a[:]
print(a)
try:
    del a[::0]
except ValueError as e:
    print("ValueError", e)
