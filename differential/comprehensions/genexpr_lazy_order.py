# Generator expressions are lazy: each clause runs only when a value is
# requested, conditions and elements interleave, and nothing runs twice.

log = []


def note(tag, value):
    log.append(tag)
    return value


g = (note("elt%d" % x, x * 2) for x in note("iter", range(4)) if note("if%d" % x, x % 2 == 0))
print(log)
print(next(g), log)
print(next(g), log)
print(next(g, "end"), log)
log.clear()
pairs = ((a, b) for a in note("outer", "xy") for b in note("inner-" + a, "12"))
print(log)
print(next(pairs), log)
print(list(pairs), log)
log.clear()


def source():
    for i in range(3):
        log.append("yield %d" % i)
        yield i


chain = (v + 1 for v in (u * 10 for u in source()))
print(log)
print(next(chain), log)
print(list(chain), log)
log.clear()
mutable = [1, 2, 3]
view = (m * 100 for m in mutable)
mutable.append(4)
print(list(view))
mutable = [7, 8]
print(mutable)
names = ["a", "b"]
snapshot = (n + suffix for n in names)
suffix = "!"
print(list(snapshot))
suffix = "?"
lazy_suffix = (n + suffix for n in names)
suffix = "#"
print(list(lazy_suffix))
counter = 0


def bump():
    global counter
    counter += 1
    return counter


lazy = (bump() for _ in range(5))
print(counter, next(lazy), counter, sum(lazy), counter)
