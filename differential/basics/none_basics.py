x = None
print(x, repr(x), str(x))
print(x is None, x is not None, x == None, x != None)
print(bool(x), not x)
def f():
    pass
def g():
    return
def h(a):
    if a > 0:
        return a
print(f(), g(), h(1), h(-1))
print(f() is None, h(-5) is None)
lst = [None, 1, None]
print(lst, lst.count(None), None in lst, lst.index(None))
d = {None: "nothing", "k": None}
print(d, d[None], d.get("k"), d.get("z"))
print(d.get("k", 5), d.get("missing", None))
print(None or "default", None and "x", 0 or None)
print([x], (x,), {"a": x})
try:
    print(None + 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError", e)
try:
    x[0]
except TypeError as e:
    print("TypeError", e)
try:
    len(x)
except TypeError as e:
    print("TypeError", e)
try:
    x()
except TypeError as e:
    print("TypeError", e)
try:
    for i in x:
        pass
except TypeError as e:
    print("TypeError", e)
r = print("side effect")
print(r)
val = None
if val is None:
    val = 42
print(val)
print(str(None) + "!", len(str(None)))
