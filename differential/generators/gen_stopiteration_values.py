# The value a generator returns travels in StopIteration: its .value and
# .args, for every kind of returned object.

def returning(value):
    yield "only"
    return value


samples = [None, 0, "", (), (1,), (1, 2), [1], {"a": 1}, False, StopIteration("nested"), ValueError]
for s in samples:
    g = returning(s)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value) if not isinstance(e.value, BaseException) else type(e.value).__name__, e.args == ((s,) if s is not None else ()), str(e) == ("" if s is None else str(s)))


def bare_return():
    yield 1
    return


def fall_off():
    yield 1


for f in (bare_return, fall_off):
    g = f()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, e.value, e.args, repr(e))
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)


def returns_tuple():
    yield
    return 1, 2


g = returns_tuple()
next(g)
try:
    g.send(None)
except StopIteration as stop:
    a, b = stop.value
    print(a + b, repr(stop))


def returns_from_finally():
    try:
        yield 1
    finally:
        return "from finally"


g = returns_from_finally()
next(g)
try:
    g.throw(ValueError("swallowed by return in finally"))
except StopIteration as stop:
    print(stop.value)
g = returns_from_finally()
next(g)
print(g.close())
