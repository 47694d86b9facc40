# Yields inside match cases, while/else, nested try blocks, augmented and
# starred assignments, chained comparisons and global statements.

def m(items):
    for it in items:
        match it:
            case [x, y]:
                yield ("pair", (yield x) , y)
            case {"k": v}:
                yield "dict", v
            case n if isinstance(n, int) and n > 2:
                yield "big", n
            case _:
                yield "other"
print(list(m([[1, 2], {"k": 3}, 5, 0])))
def rec(n):
    yield n
    yield from rec(n + 1)
try:
    for v in rec(0):
        pass
except RecursionError as e:
    print("RecursionError", str(e)[:40], v > 100)
def we():
    i = 0
    while i < 2:
        yield i
        i += 1
    else:
        yield "else"
print(list(we()))
def nested_try():
    try:
        try:
            yield 1
        except KeyError:
            yield "inner caught"
            raise ValueError("from inner")
    except ValueError as e:
        yield "outer caught " + str(e) + " ctx " + repr(e.__context__)
g = nested_try()
print(next(g), g.throw(KeyError("x")), next(g))
def defaults(a=[]):
    a.append(1)
    yield len(a)
print(next(defaults()), next(defaults()), next(defaults([])))
gens = []
for i in range(3):
    def gi(i=i):
        yield i * 10
    gens.append(gi)
print([next(f()) for f in gens])
def del_in_gen():
    x = 1
    yield x
    del x
    yield "deleted"
    try:
        yield x
    except UnboundLocalError as e:
        print(e)
print(list(del_in_gen()))
def ret_in_finally():
    try:
        yield 1
        return "body"
    finally:
        yield "finally"
g = ret_in_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def star_yield():
    a, *b = yield
    yield a, b
s = star_yield(); next(s); print(s.send([1, 2, 3]))
def aug():
    d = {"k": 1}
    d["k"] += yield d["k"]
    yield d
a = aug(); print(next(a), a.send(41))
def chained_cmp():
    yield 1 < (yield 2) < 3
c = chained_cmp(); print(next(c), c.send(2))
def global_gen():
    global GG
    GG = yield
    yield GG
gg = global_gen(); next(gg); print(gg.send("gv"), GG)
