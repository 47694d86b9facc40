# CPython's TypeError messages for every way a call can fail to bind.

def none():
    return 0


def one(a):
    return a


def two_default(a, b=2):
    return a + b


def kw_only(a, *, b, c=3):
    return a + b + c


def pos_only(a, b, /, c):
    return a + b + c


def star(a, *rest, key):
    return a


def outer():
    def inner(x, y):
        return x

    return inner


inner = outer()
cases = [
    lambda: none(1),
    lambda: none(x=1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(b=1),
    lambda: one(1, a=2),
    lambda: two_default(),
    lambda: two_default(1, 2, 3),
    lambda: two_default(1, 2, 3, 4),
    lambda: kw_only(1),
    lambda: kw_only(1, 2),
    lambda: kw_only(1, 2, b=3),
    lambda: kw_only(b=1),
    lambda: kw_only(1, b=2, d=4),
    lambda: pos_only(1, 2),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(a=1, b=2, c=3),
    lambda: star(1),
    lambda: star(1, 2, 3),
    lambda: star(key=1),
    lambda: inner(1),
    lambda: inner(1, 2, 3),
    lambda: inner(1, x=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: (lambda *, k: 0)(),
]
for i, call in enumerate(cases):
    try:
        print(i, call())
    except TypeError as e:
        print(i, e)
