# yield from forwards send, throw and close to the sub-generator and only
# resumes the delegator when the sub-generator finishes.

log = []


def worker(name):
    try:
        while True:
            try:
                got = yield f"{name} ready"
                log.append(f"{name} got {got!r}")
                if got == "quit":
                    return f"{name} quit"
            except ValueError as e:
                log.append(f"{name} handled {e}")
    finally:
        log.append(f"{name} finally")


def supervisor():
    result = yield from worker("w1")
    log.append("supervisor got " + result)
    result = yield from worker("w2")
    return result


s = supervisor()
print(next(s), s.send(1), s.throw(ValueError("soft")), s.send("quit"))
print(log)
log.clear()
print(s.send("hi"))
s.close()
print(log)
log.clear()


def failing_sub():
    yield 1
    raise KeyError("from sub")


def catching_delegator():
    try:
        yield from failing_sub()
    except KeyError as e:
        yield "delegator caught " + str(e)


print(list(catching_delegator()))


def unhandled_throw():
    try:
        yield from worker("w3")
    except TypeError as e:
        yield "outer caught " + str(e)


u = unhandled_throw()
next(u)
print(u.throw(TypeError("hard")))
print(log)
log.clear()


def close_sub_that_ignores():
    def stubborn():
        while True:
            try:
                yield
            except GeneratorExit:
                yield "no"

    yield from stubborn()


c = close_sub_that_ignores()
next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)


def send_to_iterator():
    yield from iter([1, 2, 3])


it = send_to_iterator()
print(next(it), it.send(None))
try:
    it.send(5)
except AttributeError as e:
    print("AttributeError", e)
t = send_to_iterator()
next(t)
try:
    t.throw(ValueError("to list iterator"))
except ValueError as e:
    print("ValueError", e, next(t, "closed"))


def three_levels(depth):
    if depth == 0:
        x = yield "bottom"
        return f"bottom got {x}"
    r = yield from three_levels(depth - 1)
    return f"{depth}({r})"


deep = three_levels(3)
print(next(deep))
try:
    deep.send("payload")
except StopIteration as e:
    print(e.value)
