# A suspended generator runs its finally blocks when its last reference
# goes away: reassignment, del, leaving a function, clearing a container.

log = []


def resource(name):
    log.append(f"open {name}")
    try:
        yield name
        yield name + "!"
    finally:
        log.append(f"close {name}")


g = resource("a")
next(g)
g = resource("b")
print(log)
next(g)
g = None
print(log)
log.clear()


def use_partially():
    r = resource("local")
    first = next(r)
    log.append("function returns")
    return first


print(use_partially(), log)
log.clear()
holders = [resource(n) for n in "xyz"]
for h in holders:
    next(h)
print(log)
holders.pop(1)
print(log)
holders.clear()
print(log)
log.clear()
d = {"k": resource("in dict")}
next(d["k"])
d["k"] = 0
print(log)
log.clear()
unstarted = resource("never")
del unstarted
print("unstarted", log)
log.clear()
finished = resource("done")
print(list(finished), log)
del finished
print(log)
log.clear()


def nested_finally():
    try:
        try:
            yield 1
        finally:
            log.append("inner")
    finally:
        log.append("outer")


n = nested_finally()
next(n)
n = "rebound"
print(log)
log.clear()
for value in resource("loop"):
    log.append("body " + value)
    break
print(log)
