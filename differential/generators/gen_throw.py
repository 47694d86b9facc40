# throw(): exceptions raised at the suspension point.

def resilient():
    results = []
    while True:
        try:
            value = yield len(results)
            results.append(value)
        except ValueError as e:
            results.append("handled " + str(e))
        except KeyError:
            return results


r = resilient()
next(r)
print(r.send("x"))
print(r.throw(ValueError("bad")))
print(r.send("y"))
try:
    r.throw(KeyError("stop"))
except StopIteration as e:
    print("returned", e.value)


def not_handled():
    yield 1
    yield 2


g = not_handled()
next(g)
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", e)
print(list(g))

fresh = not_handled()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("fresh", e)
print(list(fresh))

done = not_handled()
list(done)
try:
    done.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("finished", type(e).__name__, e.args)


def translate():
    try:
        yield 1
    except ArithmeticError as e:
        raise LookupError("translated") from e


t = translate()
next(t)
try:
    t.throw(ZeroDivisionError("zero"))
except LookupError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)


def context_inside():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        raise ValueError("after resume")


c = context_inside()
print(next(c))
try:
    next(c)
except ValueError as e:
    print(e, "context:", repr(e.__context__))
