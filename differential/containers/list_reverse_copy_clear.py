a = [1, 2, 3, 4, 5]
a.reverse()
print(a)
print(a.reverse(), a)
b = []
b.reverse()
print(b)
c = a.copy()
c.append(6)
print(a, c, a == c[:5])
d = [[1, 2], [3]]
e = d.copy()
e[0].append(99)
e.append([4])
print(d, e)
f = d[:]
f[1] = "replaced"
print(d, f)
g = list(d)
print(g == d, g is d, g[0] is d[0])
h = a
a.clear()
print(a, h, len(h))
i = [1, 2, 3]
j = i
i = []
print(i, j)
k = ["x", "y"]
k2 = k.copy()
k.clear()
print(k, k2)
m = list(range(10))
m.reverse()
m.reverse()
print(m == list(range(10)))
s = list("stressed")
s.reverse()
print("".join(s))
try:
    a.copy(1)
except TypeError as e:
    print("TypeError", e)
try:
    a.reverse(True)
except TypeError as e:
    print("TypeError", e)
