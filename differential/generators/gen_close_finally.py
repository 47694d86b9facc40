# close(), GeneratorExit and finally blocks, including on garbage.

log = []


def guarded(name):
    try:
        log.append(name + " start")
        yield 1
        log.append(name + " middle")
        yield 2
    finally:
        log.append(name + " finally")


g = guarded("a")
next(g)
g.close()
print(log)
g.close()
print(log)

log.clear()
g = guarded("b")
print(list(g), log)

log.clear()
g = guarded("c")
next(g)
del g
print("after del", log)

log.clear()
g = guarded("d")
g.close()
print("never started", log)


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise


log.clear()
c = catches_exit()
next(c)
c.close()
print(log)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
next(r)
print(r.close())


def cleanup_order():
    try:
        try:
            yield "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


log.clear()
co = cleanup_order()
next(co)
co.close()
print(log)
