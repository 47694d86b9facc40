# The types after except* are checked when the clause is reached.


def check(types_fn, label):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* types_fn():
            print(label, "matched")
    except TypeError as e:
        print(label, "TypeError:", e)
        print("  context:", type(e.__context__).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


check(lambda: ExceptionGroup, "ExceptionGroup")
check(lambda: BaseExceptionGroup, "BaseExceptionGroup")
check(lambda: (ValueError, ExceptionGroup), "tuple with group")
check(lambda: 42, "int")
check(lambda: "ValueError", "str")
check(lambda: (ValueError, 3), "tuple with int")
check(lambda: int, "non-exception class")
check(lambda: (), "empty tuple")
check(lambda: (ValueError,), "one-tuple")


def failing_types():
    raise LookupError("while computing the types")


check(failing_types, "raising type expression")

# The type expression is only evaluated when an exception reaches it.
calls = []


def log(t):
    calls.append(t.__name__)
    return t


try:
    raise ExceptionGroup("g", [TypeError(1)])
except* log(ValueError):
    pass
except* log(TypeError):
    pass
except* log(KeyError):
    pass
print("evaluated:", calls)
calls.clear()
try:
    pass
except* log(ValueError):
    pass
print("evaluated without exception:", calls)
