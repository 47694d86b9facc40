# Exceptions raised inside generators: propagation, exhaustion, throw, close, StopIteration.
def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise ValueError(f"bad value {i}")
        yield i


g = numbers(5)
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("caught", e, got)
print(next(g, "exhausted after error"))


def stopper():
    yield 1
    raise StopIteration("explicit")


try:
    print(list(stopper()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def guarded():
    try:
        yield "first"
        yield "second"
    except KeyError as e:
        yield f"handled {e!r}"
    finally:
        print("generator cleanup")


g = guarded()
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

g = guarded()
print(next(g))
try:
    g.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated", e)
print(next(g, "closed after throw"))

g = guarded()
next(g)
print(g.close(), g.close())


def refuses_to_close():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"


g = refuses_to_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_value():
    yield 1
    return "result"


g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value, e.args)

gen = (10 // x for x in [5, 2, 0, 1])
out = []
try:
    for v in gen:
        out.append(v)
except ZeroDivisionError as e:
    print("genexpr", e, out, list(gen))
