# What no clause matches is re-raised at the end, keeping the group's shape;
# what the clauses raise is grouped with it.


def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            tree(x, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}: {e}")


def attempt(make, *clauses):
    try:
        try:
            raise make()
        except* ValueError:
            if "value" in clauses:
                raise IndexError("raised in value clause")
        except* TypeError as eg:
            if "type" in clauses:
                raise
        except* OSError as eg:
            if "os" in clauses:
                raise eg.exceptions[0]
    except BaseException as e:
        tree(e)
    else:
        print("fully handled")
    print("--")


nested = lambda: ExceptionGroup(
    "outer",
    [
        ValueError(1),
        ExceptionGroup("inner", [TypeError(2), KeyError(3)]),
        OSError(4),
        ExceptionGroup("deep", [ExceptionGroup("deeper", [ZeroDivisionError(5)])]),
    ],
)
attempt(nested)
attempt(nested, "value")
attempt(nested, "type")
attempt(nested, "os")
attempt(nested, "value", "type", "os")
attempt(lambda: ExceptionGroup("only", [ValueError(1), TypeError(2)]))
attempt(lambda: ExceptionGroup("only", [ValueError(1), TypeError(2)]), "type")

# BaseExceptionGroup keeps its type when the rest holds a BaseException.
try:
    try:
        raise BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])
    except* ValueError:
        print("values handled")
except BaseException as e:
    print(type(e).__name__, repr(e))

# A group with a non-Exception leaf is a BaseExceptionGroup; its Exception
# part is an ExceptionGroup.
try:
    raise BaseExceptionGroup("b", [ValueError(1), GeneratorExit()])
except* Exception as eg:
    print("exception part:", type(eg).__name__, repr(eg))
except* BaseException as eg:
    print("base part:", type(eg).__name__, repr(eg))
