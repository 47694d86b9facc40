# Attribute assignment and deletion: function attributes, modules, read-only builtins.
import math
def f(a, b=1):
    "doc"
    return a + b
f.tag = "x"
f.count = 0
f.count += 5
print(f.tag, f.count, f.__dict__)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = None
print(f.__name__, f.__qualname__, f.__doc__)
f.__defaults__ = (10,)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__kwdefaults__ = {"z": 1}
print(f.__kwdefaults__)
del f.tag
print(hasattr(f, "tag"), getattr(f, "count"))
for bad in [("__name__", 5), ("__defaults__", [1]), ("__kwdefaults__", 3), ("__dict__", 4), ("__annotations__", 1), ("__closure__", None)]:
    try:
        setattr(f, bad[0], bad[1])
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del f.missing
except AttributeError as e:
    print(e)
for obj, name in [(1, "x"), ([], "append"), ("s", "upper"), (None, "y"), (int, "x"), (math.pi, "real")]:
    try:
        setattr(obj, name, 1)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        delattr(obj, name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
math.answer = 42
print(math.answer)
del math.answer
print(hasattr(math, "answer"))
try:
    del math.answer
except AttributeError as e:
    print(e)
def wraps(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@wraps
def g(x):
    "gdoc"
    return x * 2
print(g(4), g.__name__, g.__doc__, g.__wrapped__(5))
