# Positional-only parameters (`/`) and how keywords interact with them.

def pos(a, b, /, c, d=4):
    return (a, b, c, d)


print(pos(1, 2, 3))
print(pos(1, 2, c=3))
print(pos(1, 2, 3, d=5))
for kwargs in [{"a": 1}, {"a": 1, "b": 2}, {"c": 3, "d": 4}]:
    try:
        print(pos(1, 2, **kwargs) if "a" not in kwargs else pos(**kwargs))
    except TypeError as e:
        print(sorted(kwargs), "->", e)


def pos_kw(a, /, **kw):
    return a, kw


print(pos_kw(1, a=2))
print(pos_kw(1, b=2, a=3))


def defaults_only(a=1, b=2, /):
    return a + b


print(defaults_only(), defaults_only(10), defaults_only(10, 20))
try:
    defaults_only(1, 2, 3)
except TypeError as e:
    print(e)
try:
    defaults_only(b=5)
except TypeError as e:
    print(e)
