# A naked (non-group) exception caught by except* is wrapped in an
# ExceptionGroup with an empty message; what escapes is never wrapped.


def run(exc, label):
    try:
        try:
            raise exc
        except* ValueError as eg:
            print(label, "wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)
            print(label, "leaf is the raised exception:", eg.exceptions[0] is exc)
    except Exception as e:
        print(label, "escaped unchanged:", type(e).__name__, e is exc)


run(ValueError("v"), "value")
run(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), "subclass")
run(KeyError("k"), "other")

# Raising inside the handler of a naked exception: the new exception
# escapes naked, chained to the wrapper group.
try:
    try:
        raise ValueError("first")
    except* ValueError:
        raise RuntimeError("second")
except RuntimeError as e:
    ctx = e.__context__
    print("naked raise escapes:", repr(e))
    print("context:", type(ctx).__name__, repr(ctx.message), ctx.exceptions)

# A bare raise re-raises the original naked exception, not the wrapper.
try:
    try:
        raise ValueError("again")
    except* ValueError:
        raise
except Exception as e:
    print("bare raise gives:", type(e).__name__, repr(e))

# raise ... from inside the handler.
try:
    try:
        raise KeyError("inner")
    except* KeyError as eg:
        raise LookupError("outer") from eg.exceptions[0]
except LookupError as e:
    print("cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

# BaseException subclasses that are not Exception.
try:
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as eg:
        print("base wrapped as:", type(eg).__name__)
        raise SystemExit(3)
except SystemExit as e:
    print("system exit code", e.code)
