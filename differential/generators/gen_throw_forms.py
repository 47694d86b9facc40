# throw() accepts an exception class or an instance; the generator sees it
# at the paused yield, and the generator's frame appears in the traceback.

def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            yield f"caught {type(e).__name__} {e.args}"


c = catcher()
next(c)
print(c.throw(ValueError))
next(c)
print(c.throw(ValueError("instance", 2)))
next(c)
print(c.throw(KeyError("key")))
next(c)
err = IndexError("reused")
print(c.throw(err))
next(c)
for bad in (1, "text", None, object):
    try:
        c.throw(bad)
    except TypeError as e:
        print(repr(bad), "->", e)


def not_caught():
    yield 1


g = not_caught()
next(g)
try:
    g.throw(RuntimeError("from outside"))
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno > 0)
        tb = tb.tb_next
    print("propagated", e, len(names))
print(next(g, "finished"))


def catch_base():
    try:
        yield 1
    except BaseException as e:
        yield type(e).__name__


b = catch_base()
next(b)
print(b.throw(KeyboardInterrupt))
b2 = catch_base()
next(b2)
print(b2.throw(SystemExit(3)))


def rethrow_as_other():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e


r = rethrow_as_other()
next(r)
try:
    r.throw(ZeroDivisionError("zero"))
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)


def throw_in_finally_region():
    try:
        yield "a"
    finally:
        print("finally runs on throw")


f = throw_in_finally_region()
next(f)
try:
    f.throw(LookupError("look"))
except LookupError as e:
    print("after finally", e)
try:
    throw_in_finally_region().throw(StopIteration)
except StopIteration as e:
    print("unstarted StopIteration", type(e).__name__)
s = not_caught()
next(s)
try:
    s.throw(StopIteration("inside"))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
