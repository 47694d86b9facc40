a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = ["x"]
print(a)
a[2:3] = ["p", "q", "r", "s"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[3:3] = ["inserted"]
print(a)
a[-2:] = []
print(a)
a[:] = [1, 2, 3]
print(a)
a[1:2] = "xyz"
print(a)
a[0:1] = range(3)
print(a)
a[10:20] = [7]
print(a)
a[-100:1] = ["front"]
print(a)
a[4:2] = ["between"]
print(a)
b = [0, 1, 2, 3, 4, 5]
alias = b
b[:] = []
print(b, alias, b is alias)
c = [1, 2, 3]
c[1:] = c
print(c)
d = [1, 2, 3, 4]
d[1:3] = (9, 8, 7)
print(d)
try:
    d[0:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    d[0:2] = None
except TypeError as e:
    print("TypeError", e)
e = list("abcdef")
e[::-1] = list("ABCDEF")
print(e)
