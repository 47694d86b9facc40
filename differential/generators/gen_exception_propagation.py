# Exceptions raised inside a generator reach the consumer, finish the
# generator, keep their context, and can be handled on either side.

def fragile(items):
    for x in items:
        yield 10 // x


g = fragile([5, 2, 0, 1])
results = []
try:
    for v in g:
        results.append(v)
except ZeroDivisionError as e:
    print("consumer caught", e, results)
print(list(g), next(g, "finished"))


def handles_and_continues(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "never reached"
        else:
            pass


def guard(items):
    for x in items:
        try:
            result = 10 // x
        except ZeroDivisionError as e:
            yield f"skip {x}: {e}"
            continue
        yield result


print(list(guard([1, 0, 5])))


def raise_in_handler():
    try:
        yield 1
        raise KeyError("first")
    except KeyError:
        yield 2
        raise ValueError("second")


h = raise_in_handler()
print(next(h), next(h))
try:
    next(h)
except ValueError as e:
    print(repr(e), repr(e.__context__))


def context_from_consumer():
    yield 1
    raise TypeError("inside generator")


c = context_from_consumer()
next(c)
try:
    raise OSError("consumer is handling this")
except OSError:
    try:
        next(c)
    except TypeError as e:
        print(repr(e), repr(e.__context__))


def suspended_in_handler():
    try:
        raise IndexError("while suspended")
    except IndexError:
        yield "suspended inside except"
        raise


s = suspended_in_handler()
print(next(s))
try:
    raise AttributeError("outside")
except AttributeError:
    pass
try:
    next(s)
except IndexError as e:
    print("re-raised", repr(e), e.__context__)


def finally_runs_on_error():
    try:
        yield 1
        yield 1 / 0
    finally:
        print("cleanup after error")


try:
    list(finally_runs_on_error())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
