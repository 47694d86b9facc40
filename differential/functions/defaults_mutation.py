# __defaults__ and __kwdefaults__ can be replaced after definition; calls
# use the current values, and the binding errors follow them.

def f(a, b=1, c=2):
    return a, b, c


print(f.__defaults__, f(0))
f.__defaults__ = (10, 20)
print(f(0), f(0, 5))
f.__defaults__ = (99,)
print(f(0, 1))
try:
    f(0)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = (1, 2, 3)
print(f(), f.__defaults__)
f.__defaults__ = ()
try:
    f(0, 1)
except TypeError as e:
    print("TypeError", e)
del f.__defaults__
print(f.__defaults__)
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print("TypeError", e)


def k(*, x=1, y):
    return x, y


print(k.__kwdefaults__, k(y=2))
k.__kwdefaults__ = {"x": "new", "y": "also"}
print(k(), k(x=0))
k.__kwdefaults__ = None
try:
    k(y=1)
except TypeError as e:
    print("TypeError", e)
k.__kwdefaults__ = {"y": 5}
try:
    k()
except TypeError as e:
    print("TypeError", e)
d = {"x": 1, "y": 2}
k.__kwdefaults__ = d
d["y"] = "changed through the dict"
print(k())


def shared(item, bucket=[]):
    bucket.append(item)
    return bucket


shared(1)
shared(2)
print(shared.__defaults__)
shared.__defaults__[0].clear()
print(shared(3))
shared.__defaults__ = ([],)
print(shared(4), shared.__defaults__)


def no_defaults(a):
    return a


print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
no_defaults.__defaults__ = ("now optional",)
print(no_defaults())
lam = lambda p, q=2: (p, q)
lam.__defaults__ = (7, 8)
print(lam(), lam(1))
