# __context__/__cause__/__suppress_context__ follow CPython: the context is
# set (and replaced) at each raise while handling, and cycles are cut.
def show(label, e):
    ctx = e.__context__
    cause = e.__cause__
    print(label, repr(e), "ctx=" + repr(ctx), "cause=" + repr(cause), e.__suppress_context__)


a = ValueError("a")
b = TypeError("b")
show("fresh", a)

try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError as e:
    show("b in a", e)

# Raising b again while handling another exception replaces its context.
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise b
except TypeError as e:
    show("b again", e)

# Raising the handled exception's own context would close a cycle: CPython cuts it.
try:
    try:
        raise b
    except TypeError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            ke = k
            raise b
except TypeError as e:
    show("cycle b", e)
    show("cycle k", ke)

# Re-raising the exception being handled does not make it its own context.
try:
    try:
        raise a
    except ValueError as e:
        raise e
except ValueError as e:
    show("self", e)

# `from` sets __suppress_context__ even with a None cause.
try:
    try:
        raise a
    except ValueError:
        raise IndexError("i") from None
except IndexError as e:
    show("from None", e)

# `from` accepts a class (instantiated) or an instance.
try:
    raise IndexError("j") from KeyError
except IndexError as e:
    show("from class", e)

try:
    raise IndexError("j") from 5
except TypeError as e:
    print("bad cause:", e)

try:
    raise IndexError("j") from int
except TypeError as e:
    print("bad cause class:", e)

# Bare raise keeps the context of the original raise.
def inner():
    try:
        raise KeyError("x")
    except KeyError:
        raise ValueError("v")


try:
    try:
        inner()
    except ValueError:
        raise
except ValueError as e:
    show("bare", e)

# An exception raised in a finally block gets the propagating one as context.
try:
    try:
        raise KeyError("in try")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    show("finally", e)
