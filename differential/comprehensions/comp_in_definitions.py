# Comprehensions and generator expressions evaluated where functions are
# defined: defaults (once, shared), decorator arguments, annotations.

def f(a=[x * 2 for x in range(3)], b={k: k for k in "ab"}, c=(y for y in "xy")):
    return a, b, list(c)
print(f())
print(f.__defaults__[:2])
def deco_factory(items):
    def deco(fn):
        fn.items = items
        return fn
    return deco
@deco_factory([i * i for i in range(4)])
def decorated():
    pass
print(decorated.items)
def ann(x: [int for _ in range(2)]) -> {s for s in "ab"} if False else None:
    pass
print(ann.__annotations__)
lam = lambda n=[i for i in range(2)]: n
print(lam())
def gen_default(g=(i for i in range(3))):
    return next(g)
print(gen_default(), gen_default(), gen_default())
try:
    gen_default()
except StopIteration:
    print("shared genexpr exhausted")
x = 5
def uses_global_in_default(v=[x for _ in range(2)]):
    return v
x = 6
print(uses_global_in_default())
def nested_def_in_comp():
    return [(lambda k: [k * j for j in range(3)])(i) for i in range(3)]
print(nested_def_in_comp())
