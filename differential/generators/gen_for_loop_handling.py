# Generators that suspend while handling an exception, driven by `for`
# loops: the handled exception follows the generator, not the caller.


def keeps_handling(tag):
    try:
        raise KeyError(tag)
    except KeyError:
        yield "in handler " + tag
        yield "still " + tag
        raise


def caller():
    out = []
    try:
        for msg in keeps_handling("a"):
            out.append(msg)
            try:
                raise ValueError("caller's own")
            except ValueError as e:
                out.append(repr(e))
    except KeyError as e:
        out.append("propagated " + repr(e))
    return out


print(caller())


def interleave():
    a = keeps_handling("x")
    b = keeps_handling("y")
    seen = []
    try:
        for pair in zip(a, b):
            seen.append(pair)
    except KeyError as e:
        seen.append(("raised", repr(e), repr(e.__context__)))
    return seen


print(interleave())


def finally_yields():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)


for v in finally_yields():
    if v == 1:
        break
print("after break")


def handles_then_plain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield type(e).__name__
    yield "plain"
    try:
        raise
    except RuntimeError as e:
        yield "no active: " + str(e)


print([v for v in handles_then_plain()])
try:
    try:
        raise OSError("outer")
    except OSError:
        for v in handles_then_plain():
            print(v)
except OSError as e:
    print("re-raised the caller's", type(e).__name__, e)
