# vars(): without an argument it is locals(); with one, obj.__dict__.
def f(a):
    b = a * 2
    return vars()


print(f(3))


def g():
    pass


g.tag = "t"
g.count = 2
print(vars(g), vars(g) is g.__dict__)
vars(g)["extra"] = 1
print(g.extra)
for bad in [1, "s", [1], None, (1,)]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(g, g)
except TypeError as e:
    print(e)
try:
    vars(obj=g)
except TypeError as e:
    print(e)
print(vars() is globals())
import math
print(vars(math)["pi"], vars(math) is math.__dict__)
