# Exceptions raised at each level of nested handlers: contexts form a chain, finally order holds.
trace = []


def level(n):
    try:
        raise LookupError(f"level {n}")
    except LookupError:
        trace.append(f"handling {n}")
        if n < 3:
            level(n + 1)
        else:
            raise ValueError("deepest")
    finally:
        trace.append(f"finally {n}")


try:
    level(1)
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__context__
    print(chain)
print(trace)


def recover_and_continue():
    results = []
    for i in range(3):
        try:
            try:
                raise IndexError(i)
            except IndexError as inner:
                if i == 1:
                    raise RuntimeError("escalated") from inner
                results.append(f"inner handled {inner}")
        except RuntimeError as outer:
            results.append(f"outer {outer} caused by {outer.__cause__!r}")
    return results


print(recover_and_continue())

try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise TypeError("after a finished handler")
except TypeError as e:
    print(repr(e), e.__context__)
