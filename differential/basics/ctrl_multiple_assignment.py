a = b = c = 7
print(a, b, c)
a = 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
a, b, c = c, a, b
print(a, b, c)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
m, n = divmod(47, 5)
print(m, n)
(r, s) = (3, 4)
[t, u] = [5, 6]
print(r, s, t, u)
v, w = "xy"
print(v, w)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
first, second, third = range(3)
print(first, second, third)
def pair():
    return "left", "right"
left, right = pair()
print(left, right)
result = pair()
print(result, result[0])
fib = [0, 1]
for step in range(10):
    fa, fb = fib[-2], fib[-1]
    fib.append(fa + fb)
print(fib)
x1 = x2 = x3 = "shared"
x2 = x2 + "!"
print(x1, x2, x3)
d = {}
d["a"] = d["b"] = 0
d["a"] += 1
print(d)
