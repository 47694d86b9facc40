# gi_running, gi_suspended, and gi_frame through a
# generator's life, seen from outside and from inside.

def watcher():
    snapshot = (me.gi_running, me.gi_suspended)
    received = yield snapshot
    yield received, me.gi_running


def state(g):
    return g.gi_running, g.gi_suspended, g.gi_frame is None


me = watcher()
print("created", state(me))
print("inside", next(me))
print("paused", state(me))
print("inside again", me.send("hello"))
print(next(me, "end"))
print("finished", state(me))


def inner():
    yield 1
    yield 2


def outer():
    yield 0
    yield from sub
    yield 3


sub = inner()
o = outer()
print(next(o), sub.gi_suspended)
print(next(o), sub.gi_suspended, sub.gi_running)
print(next(o), next(o), sub.gi_frame is None)
print(state(o))
c = watcher()
c.close()
print("closed unstarted", state(c))
r = watcher()
me = r
next(r)
r.close()
print("closed paused", state(r))


def raising():
    yield 1
    raise KeyError("k")


x = raising()
next(x)
try:
    next(x)
except KeyError:
    print("after error", state(x))
print(raising.__name__, x.__name__, x.__qualname__)
