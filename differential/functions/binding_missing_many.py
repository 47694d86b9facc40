# CPython's binding messages when several arguments are missing or extra:
# name lists with "and", keyword-only lists, positional-only passed by name.

def three(a, b, c):
    return a


def four_kw(*, w, x, y, z):
    return w


def mixed(a, b, /, c, d=4, *, e, f=6):
    return a


def with_kwargs(a, /, **kw):
    return a, kw


def posonly_defaults(a, b=2, /):
    return a, b


cases = [
    lambda: three(),
    lambda: three(1),
    lambda: three(c=3),
    lambda: three(b=2),
    lambda: four_kw(),
    lambda: four_kw(x=1),
    lambda: four_kw(w=1, z=2),
    lambda: four_kw(1, 2),
    lambda: mixed(),
    lambda: mixed(1, 2),
    lambda: mixed(1, 2, 3),
    lambda: mixed(1, 2, 3, 4, 5),
    lambda: mixed(1, 2, 3, 4, 5, e=1),
    lambda: mixed(a=1, b=2, c=3, e=5),
    lambda: mixed(1, b=2, c=3, e=5),
    lambda: mixed(1, 2, 3, e=5, g=7),
    lambda: mixed(1, 2, 3, c=3, e=5),
    lambda: with_kwargs(),
    lambda: with_kwargs(a=1),
    lambda: posonly_defaults(b=1),
    lambda: posonly_defaults(1, 2, 3),
    lambda: posonly_defaults(a=1, b=2),
    lambda: (lambda *a, k: 0)(1, 2),
    lambda: (lambda x, /, *, y: 0)(x=1, y=2),
]
for i, call in enumerate(cases):
    try:
        print(i, call())
    except TypeError as e:
        print(i, e)
print(with_kwargs(1, a=2, b=3))
print(mixed(1, 2, c=3, e=5), posonly_defaults(1))
