# yield from: delegation of values, send, throw, close and return values.

def inner():
    got = yield "i1"
    print("inner got", got)
    got = yield "i2"
    print("inner got", got)
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "o1"
    return "outer result"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

print(list(outer()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right


t = tree(3)
leaves = []
while True:
    try:
        leaves.append(next(t))
    except StopIteration as e:
        print(len(leaves), "leaves, count", e.value)
        break


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)


def delegator():
    yield from catcher()


d = delegator()
print(next(d), d.throw(ValueError("v1")), next(d))
try:
    d.throw(TypeError("t1"))
except TypeError as e:
    print("TypeError passed through", e)

log = []


def closable():
    try:
        yield 1
        yield 2
    finally:
        log.append("sub closed")


def wraps():
    try:
        yield from closable()
    finally:
        log.append("wrapper closed")


w = wraps()
next(w)
w.close()
print(log)


def from_list_send():
    yield from [1, 2]


fl = from_list_send()
next(fl)
try:
    fl.send("x")
except AttributeError as e:
    print("AttributeError", e)
