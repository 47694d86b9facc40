# break and continue inside finally discard the exception in flight (3.12 allows it).
def drain(items):
    log = []
    for item in items:
        try:
            if item == "bad":
                raise ValueError(item)
            if item == "stop":
                raise KeyError(item)
            log.append(item)
        finally:
            if item == "bad":
                continue
            if item == "stop":
                break
    else:
        log.append("no break")
    return log


print(drain(["a", "bad", "b"]))
print(drain(["a", "stop", "b"]))
print(drain([]))


def counter():
    n = 0
    while n < 5:
        n += 1
        try:
            try:
                1 / (n - 3)
            finally:
                if n == 3:
                    continue
        except ZeroDivisionError:
            return "caught outside"
    return f"loop ended at {n}"


print(counter())


def finally_return_beats_break():
    for i in range(3):
        try:
            break
        finally:
            if i == 0:
                return "finally return wins"
    return "after loop"


print(finally_return_beats_break())


def handler_continue_then_finally():
    trace = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            trace.append(("ok", i))
        except RuntimeError as e:
            trace.append(("caught", e.args[0]))
            continue
        finally:
            trace.append(("finally", i))
        trace.append(("after", i))
    return trace


for step in handler_continue_then_finally():
    print(step)


def exception_after_swallow():
    for i in range(2):
        try:
            raise ValueError("first")
        finally:
            continue
    raise TypeError("fresh")


try:
    exception_after_swallow()
except TypeError as e:
    print(type(e).__name__, e, e.__context__)
