a = list(range(10))
a[::2] = ["e0", "e2", "e4", "e6", "e8"]
print(a)
a[1::2] = [1, 3, 5, 7, 9]
print(a)
a[::-3] = ["r9", "r6", "r3", "r0"]
print(a)
a[8:2:-2] = ["x", "y", "z"]
print(a)
a[::1] = [0]
print(a)
b = list(range(8))
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    b[::2] = []
except ValueError as e:
    print("ValueError", e)
try:
    b[1::3] = range(5)
except ValueError as e:
    print("ValueError", e)
try:
    b[::-1] = [1]
except ValueError as e:
    print("ValueError", e)
b[5:5:2] = []
print(b)
b[1:2:5] = ["single"]
print(b)
try:
    b[::0] = []
except ValueError as e:
    print("ValueError", e)
c = list(range(12))
del c[::3]
print(c)
del c[::-2]
print(c)
del c[1:1:1]
print(c)
del c[10:0:-4]
print(c)
try:
    del c[::0]
except ValueError as e:
    print("ValueError", e)
d = list(range(6))
d[::2] = "abc"
print(d)
