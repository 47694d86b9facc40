# The first iterable of a generator expression is evaluated and iter() is
# called on it immediately; everything else waits until the first next().

def make(kind):
    print("evaluating", kind)
    return kind


def attempt(label, build):
    try:
        g = build()
        print(label, "created")
    except Exception as e:
        print(label, "at creation:", type(e).__name__, e)
        return
    try:
        print(label, "first:", next(g))
    except Exception as e:
        print(label, "at first next:", type(e).__name__, e)


attempt("int", lambda: (x for x in make(5)))
attempt("none", lambda: (x for x in make(None)))
attempt("float second", lambda: (y for x in [1] for y in make(1.5)))
attempt("bad condition", lambda: (x for x in [1] if x < "a"))
attempt("bad element", lambda: (x + "s" for x in make([1])))
attempt("ok", lambda: (x for x in make("ab")))
attempt("zero division", lambda: (x for x in [1 / 0]))


def gen_function():
    print("generator body runs")
    yield "g"


lazy = (v for v in gen_function())
print("genexpr made")
print(next(lazy))
it = iter([1, 2, 3])
consumer = (v * 2 for v in it)
print(next(it), list(consumer), list(it))
d = {"a": 1}
over_dict = (k for k in d)
d["b"] = 2
try:
    print(list(over_dict))
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {"a": 1, "b": 2}
over_items = ((k, v) for k, v in d2.items())
print(next(over_items))
d2["c"] = 3
try:
    print(list(over_items))
except RuntimeError as e:
    print("RuntimeError", e)
r = range(3)
print(list(x for x in r), list(x for x in reversed(r)))
