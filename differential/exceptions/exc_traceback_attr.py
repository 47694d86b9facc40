# __traceback__ is None until raised; it grows by one entry per frame
# passed, and with_traceback() replaces it.
def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


e = ValueError("never raised")
print(e.__traceback__, e.__traceback__ is None)


def inner():
    raise KeyError("k")


def middle():
    inner()


try:
    middle()
except KeyError as k:
    tb = k.__traceback__
    print(type(tb).__name__, tb is k.__traceback__, lines(tb))
    saved = k

try:
    raise saved
except KeyError as k:
    print("re-raised:", lines(k.__traceback__), k is saved)

try:
    try:
        middle()
    except KeyError:
        raise
except KeyError as k:
    print("bare raise:", lines(k.__traceback__))

fresh = RuntimeError("fresh")
print(fresh.with_traceback(None) is fresh, fresh.__traceback__)
moved = fresh.with_traceback(saved.__traceback__)
print(moved is fresh, lines(fresh.__traceback__), fresh.__traceback__ is saved.__traceback__)
try:
    raise fresh
except RuntimeError as r:
    print("raised with a traceback:", lines(r.__traceback__))

cleared = saved.with_traceback(None)
print(cleared.__traceback__)
for bad in [3, "tb", ValueError()]:
    try:
        fresh.with_traceback(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    fresh.with_traceback()
except TypeError as err:
    print("TypeError:", err)


def gen():
    yield 1
    raise IndexError("from generator")


try:
    for x in gen():
        pass
except IndexError as ie:
    print("generator:", lines(ie.__traceback__))

try:
    [1, 2, 3][10]
except IndexError as ie:
    print("builtin:", lines(ie.__traceback__), ie.__traceback__.tb_next)
