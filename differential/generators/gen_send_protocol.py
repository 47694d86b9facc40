# send(): the first send must be None, sent values become the value of the
# yield expression, and sending to a finished generator raises StopIteration.

def echo():
    received = []
    while True:
        value = yield received[-1] if received else "start"
        if value == "stop":
            return received
        received.append(value)


e = echo()
for bad in (1, "x", [], 0):
    try:
        e.send(bad)
    except TypeError as err:
        print(repr(bad), "->", err)
print(e.send(None), e.send(1), e.send([2]), next(e), e.send(None))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)
for attempt in ("again", None):
    try:
        e.send(attempt)
    except StopIteration as s:
        print("finished send", repr(attempt), s.value, s.args)


def bare_yield():
    got = yield
    print("got", got)
    got = yield
    print("got", got)


b = bare_yield()
print(next(b))
print(b.send("first"))
try:
    b.send("second")
except StopIteration:
    print("bare done")


def yield_value_used_twice():
    x = yield 1
    y = yield x * 2
    yield x + y


y = yield_value_used_twice()
print(next(y), y.send(5), y.send(7))


def send_after_exception():
    try:
        yield 1
    except KeyError:
        pass
    received = yield 2
    yield "received " + repr(received)


s = send_after_exception()
next(s)
print(s.throw(KeyError("k")))
print(s.send({"a": 1}))


def generator_sends_to_other(target):
    for v in "abc":
        yield target.send(v)


def upper_target():
    v = yield
    while True:
        v = yield v.upper()


t = upper_target()
next(t)
print(list(generator_sends_to_other(t)))
