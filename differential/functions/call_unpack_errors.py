# Errors from `*` and `**` at call sites, with CPython's wording.

def f(a, b=0, **kw):
    return a, b, kw


def g(*args):
    return args


cases = [
    ("star int", lambda: g(*1)),
    ("star none", lambda: g(*None)),
    ("dstar list", lambda: f(1, **[1])),
    ("dstar int", lambda: f(**5)),
    ("dup kw", lambda: f(1, b=2, **{"b": 3})),
    ("dup two maps", lambda: f(1, **{"x": 1}, **{"x": 2})),
    ("non-str key", lambda: f(1, **{1: 2})),
    ("builtin star", lambda: print(*7)),
    ("builtin dstar", lambda: len(*[[1, 2]], **{})),
    ("too many", lambda: f(*[1, 2, 3])),
    ("multiple a", lambda: f(1, **{"a": 2})),
    ("ok", lambda: f(*[1], **{"b": 2, "c": 3})),
]
for label, call in cases:
    try:
        print(label, call())
    except TypeError as e:
        print(label, "->", e)


def outer():
    def inner(x):
        return x

    try:
        inner(*3.5)
    except TypeError as e:
        print(e)
    try:
        inner(**{"y": 1})
    except TypeError as e:
        print(e)


outer()
