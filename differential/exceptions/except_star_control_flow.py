# except* inside loops, functions and generators; else and finally.


def handle(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ExceptionGroup("g", [ValueError(i)])
            if i % 3 == 1:
                raise ExceptionGroup("g", [TypeError(i), ValueError(-i)])
            out.append(("ok", i))
        except* ValueError as eg:
            out.append(("value", [x.args[0] for x in eg.exceptions]))
            for j in range(10):
                if j == 2:
                    break
                out.append(("loop", j))
        except* TypeError as eg:
            out.append(("type", eg.exceptions[0].args[0]))
        else:
            out.append(("else", i))
        finally:
            out.append(("finally", i))
    return out


for item in handle(4):
    print(item)


def gen():
    for i in range(3):
        try:
            yield "before", i
            raise ExceptionGroup("g", [KeyError(i)])
        except* KeyError as eg:
            yield "caught", eg.exceptions[0].args[0]
        finally:
            yield "finally", i


print(list(gen()))


def nested_functions():
    results = []
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as eg:
        def helper():
            return [str(e) for e in eg.exceptions]

        results.append(helper())
        results.append((lambda: len(eg.exceptions))())
    return results


print(nested_functions())


def finally_runs_on_escape():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("value handled")
    finally:
        print("finally before escape")


try:
    finally_runs_on_escape()
except ExceptionGroup as e:
    print("escaped:", repr(e))

# Nested except* statements.
try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
except* ValueError as outer:
    try:
        raise ExceptionGroup("inner", [KeyError(3), ValueError(4)])
    except* KeyError as inner:
        print("inner keys", inner.exceptions)
    except* ValueError as inner:
        print("inner values", inner.exceptions, "outer still", outer.exceptions)
except* TypeError as t:
    print("outer types", t.exceptions)

# The handler variable is deleted after the clause, even if it was bound
# before the statement.
eg = "previous value"
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    pass
try:
    print(eg)
except NameError as e:
    print("after the clause:", e)
