# GeneratorExit is a BaseException: `except Exception` does not see it,
# close() raises it at the paused yield, and yielding afterwards is an error.

print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(GeneratorExit.__mro__[1].__name__)
log = []


def only_exception():
    try:
        yield 1
    except Exception as e:
        log.append("except Exception " + type(e).__name__)
    finally:
        log.append("finally")


g = only_exception()
next(g)
g.close()
print(log)
log.clear()


def inspects_exit():
    try:
        yield 1
    except GeneratorExit as e:
        log.append((type(e).__name__, e.args, str(e)))
        raise


g = inspects_exit()
next(g)
print(g.close(), log)
log.clear()


def converts_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised while closing")


g = converts_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)


def yields_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup"


g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


def swallows_and_returns():
    try:
        yield 1
    except GeneratorExit:
        log.append("swallowed")
    log.append("after handler")


g = swallows_and_returns()
next(g)
print(g.close(), log)
log.clear()


def exit_thrown_explicitly():
    try:
        yield 1
    except GeneratorExit:
        yield "resumed after GeneratorExit"


g = exit_thrown_explicitly()
next(g)
print(g.throw(GeneratorExit))
print(next(g, "end"))
g = inspects_exit()
next(g)
try:
    g.throw(GeneratorExit("explicit"))
except GeneratorExit as e:
    print("GeneratorExit escaped", e.args, log)
log.clear()


def loop_with_exit():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            log.append(f"closed at {n}")
            return
        n += 1


g = loop_with_exit()
print([next(g) for _ in range(4)])
g.close()
g.close()
print(log)
