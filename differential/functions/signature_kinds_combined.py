# Every parameter kind in one signature, and corners where names of
# positional-only parameters reappear as keywords.

def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"


print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, z=0))
print(full(1, c=9, d=4, a="kw a", b="kw b"))
print(full(*range(6), d=0, **{"e": "E", "f": "F"}))


def only_posonly(x, y, /):
    return x - y


print(only_posonly(5, 3))
try:
    only_posonly(5, y=3)
except TypeError as e:
    print(e)


def name_clash(self, /, *args, **kwargs):
    return self, args, kwargs


print(name_clash(1, 2, self=3, args=4, kwargs=5))


def star_then_kw(*, a, b=1):
    return a, b


print(star_then_kw(a=0), star_then_kw(b=9, a=8))


def varargs_only(*items):
    return items


print(varargs_only(), varargs_only(*"ab", *[1], 2))


def defaults_reference_earlier(n=10, m=None):
    return n, m if m is not None else n * 2


print(defaults_reference_earlier(), defaults_reference_earlier(3), defaults_reference_earlier(m=1))
print(full.__defaults__, full.__kwdefaults__)


def kwargs_is_fresh(**kw):
    kw["added"] = True
    return kw


src = {"a": 1}
print(kwargs_is_fresh(**src), src)


def args_is_tuple(*args):
    return type(args).__name__, args


print(args_is_tuple(*[1, 2]), args_is_tuple(*(x for x in "xy")))
lam = lambda a, /, b, *, c: (a, b, c)
print(lam(1, 2, c=3), lam(1, b=2, c=3))
try:
    lam(a=1, b=2, c=3)
except TypeError as e:
    print(e)
