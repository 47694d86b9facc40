# What sys.exception() reports inside except* clauses, and how exceptions
# raised there are chained.
import sys


def show(label):
    e = sys.exception()
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [repr(x) for x in e.exceptions])
    else:
        print(label, repr(e))


try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    show("in value clause:")
    try:
        raise ZeroDivisionError("nested")
    except ZeroDivisionError as z:
        show("in nested handler:")
        print("nested context:", repr(z.__context__))
    show("back in value clause:")
except* TypeError:
    show("in type clause:")
except* KeyError:
    show("in key clause:")
show("after:")

# An exception raised in one clause does not stop the later clauses, and
# it is chained to the part its clause was handling.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("from value clause")
    except* TypeError as eg:
        print("type clause still runs")
        raise OSError("from type clause")
except ExceptionGroup as e:
    print("raised:", repr(e.message), [repr(x) for x in e.exceptions])
    for x in e.exceptions:
        ctx = x.__context__
        print(" ", repr(x), "context:", [repr(c) for c in ctx.exceptions])

# Exceptions handled inside a clause are not collected.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(3):
        try:
            {}[i]
        except KeyError as k:
            print("inner handled", k)
print("nothing escaped")

# A clause raising the match it was given with `raise eg` (not bare) is a
# new exception: it gets a fresh traceback entry and is grouped again.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg
except ExceptionGroup as e:
    print("outer:", repr(e.message), [type(x).__name__ for x in e.exceptions])
