a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
d1 = {}
d2 = d1
d2["k"] = 1
print(d1, d1 is d2)
t = (a, c)
print(t[0] is a, t[1] is c, t[0] is t[1])
def f():
    return None
print(f() is None, f() is not None)
flag = 3 > 2
print(flag is True, (3 < 2) is False)
lst = [a, a, c]
print(lst[0] is lst[1], lst[1] is lst[2])
e = a[:]
print(e == a, e is a)
g = list(a)
print(g is a)
h = a.copy()
print(h is a, h == a)
def ident(v):
    return v
print(ident(a) is a, ident(c) is a)
nested = [a]
print(nested[0] is a)
m = {"key": c}
print(m["key"] is c, m.get("key") is c, m.get("none") is None)
print(not (a is c))
