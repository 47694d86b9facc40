# A generator expression is a real generator: send, throw, close and the
# gi_* attributes behave like those of a generator function.

g = (x * 2 for x in range(5))
print(type(g).__name__, g.gi_running, g.gi_suspended, g.gi_frame is not None)
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(g.send(None), g.send("ignored"), next(g))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "closed after throw"), g.gi_frame is None)
h = (x for x in range(3))
print(next(h))
print(h.close(), next(h, "closed"), h.close())
fresh = (x for x in range(3))
fresh.close()
print(list(fresh))
k = (1 / x for x in (1, 0, 2))
print(next(k))
try:
    next(k)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(k))
try:
    (x for x in "a").throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))
log = []


def tracked():
    try:
        for i in range(3):
            yield i
    finally:
        log.append("inner closed")


wrapper = (v for v in tracked())
print(next(wrapper), log)
wrapper.close()
print(log)
log.clear()
wrapper2 = (v for v in tracked())
next(wrapper2)
del wrapper2
print(log)
self_ref = (next(self_ref) for _ in range(1))
try:
    next(self_ref)
except ValueError as e:
    print("ValueError", e)
