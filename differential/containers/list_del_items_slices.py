a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[3]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
b = ["x", "y", "z"]
try:
    del b[3]
except IndexError as e:
    print("IndexError", e)
try:
    del b[-4]
except IndexError as e:
    print("IndexError", e)
del b[5:10]
print(b)
del b[-10:1]
print(b)
try:
    del b["y"]
except TypeError as e:
    print("TypeError", e)
c = [[1, 2, 3], [4, 5, 6]]
del c[0][1]
del c[1][:2]
print(c)
d = {"k": [1, 2, 3]}
del d["k"][0]
print(d)
e = list(range(20))
i = len(e) - 1
while i >= 0:
    if e[i] % 3 == 0:
        del e[i]
    i -= 1
print(e)
f = [1, 2, 3]
g = f
del f
print(g)
try:
    print(f)
except NameError as e:
    print("NameError", e)
