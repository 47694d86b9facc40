# Generators in cycles. A suspended generator in cyclic garbage is closed
# first (its finally blocks run, PEP 442), then freed; one its finally block
# makes reachable again survives; one left at exit is closed at shutdown.
import gc

gc.disable()
gc.collect()


def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = guarded("in list")
next(g)
box = [g]
box.append(box)
del g, box
print("suspended in cycle", gc.collect())


def holds_itself():
    me = yield "started"
    try:
        yield me
    finally:
        print("finally self")


g = holds_itself()
print(next(g))
print(g.send(g) is g)
del g
print("generator holding itself", gc.collect())

keep = []


def rescuer(box):
    try:
        yield 1
    finally:
        keep.append(box)


box = []
g = rescuer(box)
next(g)
box.append(g)
print("finalized before", gc.is_finalized(g))
del g, box
print("resurrected", gc.collect())
print("kept", len(keep), len(keep[0]), gc.is_finalized(keep[0][0]))
print("exhausted", list(keep[0][0]))
keep.clear()
print("after release", gc.collect())


def counter(limit):
    i = 0
    while i < limit:
        yield i
        i = i + 1


g = counter(3)
loop = [g]
loop.append(loop)
print("values", list(g))
del g, loop
print("finished generator", gc.collect())

g = counter(5)
next(g)
cycle = [g]
cycle.append(cycle)
del g, cycle
print("no finally", gc.collect())


def make_gen():
    def inner():
        yield inner

    return inner()


gi = make_gen()
print(next(gi).__name__)
del gi
print("generator of a closure", gc.collect())

g = guarded("at exit")
next(g)
box = [g]
box.append(box)
del g, box
print("end")
