# A `for` loop resuming generators directly: re-entrancy, gi_running,
# PEP 479, return values, exhausted and failed generators, recursion.


def self_iterating():
    yield 1
    for x in me:
        yield x


me = self_iterating()
for v in me:
    print("got", v)
    try:
        for w in me:
            print("inner", w)
    except ValueError as e:
        print(type(e).__name__, e)
    break


def watcher():
    for i in range(2):
        yield i, watched.gi_running, watched.gi_suspended


watched = watcher()
for item in watched:
    print(item, watched.gi_running, watched.gi_suspended)
print(watched.gi_running, watched.gi_suspended, watched.gi_frame is None)


def leaks_stop():
    yield "first"
    raise StopIteration("inside")


try:
    for v in leaks_stop():
        print(v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def returns_value():
    yield 1
    return "done"


g = returns_value()
print([v for v in g])
for v in g:
    print("never", v)
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)


def fails_midway(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


g = fails_midway(5)
try:
    for v in g:
        print("value", v)
except KeyError as e:
    print(type(e).__name__, e)
print(list(g), g.gi_frame is None)


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield x


print(list(nested(50)))
try:
    for x in nested(100000):
        print(x)
except RecursionError as e:
    print(type(e).__name__)
print(list(nested(3)))


def pipeline(n):
    def source():
        for i in range(n):
            yield i

    def double(xs):
        for x in xs:
            yield 2 * x

    total = 0
    for x in double(double(source())):
        total += x
    return total


print(pipeline(10), pipeline(0))
