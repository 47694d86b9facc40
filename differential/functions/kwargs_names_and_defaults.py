# Keyword names that are not identifiers through **, positional-only names
# landing in **kwargs, nested tuple unpacking of parameters, and defaults
# replaced or mutated through __defaults__ and __kwdefaults__.

def kw(**k): return k
print(kw(**{"a-b": 1, "": 2, "ü": 3, "class": 4}))
def posk(a, /, **k): return a, k
print(posk(1, **{"a": 2}))
def mixed(a, b=1, *args, c, **k): return a, b, args, c, k
print(mixed(1, c=2, b=3, z=4), mixed(*(1, 2, 3), **{"c": 0, "k": 1}))
class_kw = dict(**{"x": 1}, y=2)
print(class_kw)
def count_calls(f):
    n = 0
    def w(*a, **k):
        nonlocal n
        n += 1
        return f(*a, **k), n
    return w
@count_calls
def echo(*a, **k): return a, k
print(echo(1, x=2), echo())
def default_refs_global(x=None):
    return x if x is not None else GLOBAL
GLOBAL = "g"
print(default_refs_global())
def unpack_params(t):
    a, (b, c) = t
    return a + b + c
print(unpack_params((1, (2, 3))))
print((lambda *a, **k: (a, k))(*"ab", **dict(zip("xy", range(2)))))
f = lambda: None
f.__defaults__ = (1,)
print(f.__defaults__, f())
def kwonly_defaults_change(*, a=1):
    return a
kwonly_defaults_change.__kwdefaults__["a"] = 99
print(kwonly_defaults_change())
def annotated_defaults(a: int = 1, *, b: str = "s") -> None: pass
print(annotated_defaults.__defaults__, annotated_defaults.__kwdefaults__, list(annotated_defaults.__annotations__))
