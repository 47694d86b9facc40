# The gc module's switches and queries: enable/disable, thresholds,
# counts, is_tracked, and the errors of bad arguments.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
gc.collect()
print(gc.get_count()[0] < 50)
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=1), gc.collect(True))
print(gc.garbage)

print("ints", gc.is_tracked(0), gc.is_tracked(2**100), gc.is_tracked(1.5), gc.is_tracked(True))
print("strs", gc.is_tracked("a"), gc.is_tracked(""), gc.is_tracked(None))
print("lists", gc.is_tracked([]), gc.is_tracked([1]))
print("tuples", gc.is_tracked(()), gc.is_tracked(tuple([1, 2])), gc.is_tracked(([],)))
print("dicts", gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print("sets", gc.is_tracked(set()), gc.is_tracked(frozenset()))
print("functions", gc.is_tracked(lambda: 0))
print("iterators", gc.is_tracked(iter([])), gc.is_tracked(iter(range(3))), gc.is_tracked({}.keys()))
print("ranges", gc.is_tracked(range(3)), gc.is_tracked(slice(1, 2)))
print("exceptions", gc.is_tracked(ValueError("x")))


def gen():
    yield 1


print("generators", gc.is_tracked(gen()), gc.is_finalized(gen()), gc.is_finalized([]))

t = tuple([1, "a", 2.5])
print("before", gc.is_tracked(t))
gc.collect()
print("after", gc.is_tracked(t))
u = tuple([[]])
gc.collect()
print("with list", gc.is_tracked(u))

d = {}
d["x"] = []
d["x"] = 1
print("dict still", gc.is_tracked(d))
gc.collect()
print("dict after full collection", gc.is_tracked(d))


def attempt(label, thunk):
    try:
        r = thunk()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("collect(3)", lambda: gc.collect(3))
attempt("collect(-1)", lambda: gc.collect(-1))
attempt("collect('a')", lambda: gc.collect("a"))
attempt("collect(1.0)", lambda: gc.collect(1.0))
attempt("collect(1, 2)", lambda: gc.collect(1, 2))
attempt("collect(gen=1)", lambda: gc.collect(gen=1))
attempt("is_tracked()", lambda: gc.is_tracked())
attempt("is_tracked(1, 2)", lambda: gc.is_tracked(1, 2))
attempt("enable(1)", lambda: gc.enable(1))
attempt("isenabled(x=1)", lambda: gc.isenabled(x=1))
attempt("get_threshold(1)", lambda: gc.get_threshold(1))
attempt("set_threshold()", lambda: gc.set_threshold())
attempt("set_threshold(1, 2, 3, 4)", lambda: gc.set_threshold(1, 2, 3, 4))
attempt("set_threshold('a')", lambda: gc.set_threshold("a"))
attempt("set_threshold(2**40)", lambda: gc.set_threshold(2**40))
print(gc.get_threshold())
