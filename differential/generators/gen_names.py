# A generator copies its function's __name__ and __qualname__ when it is
# made; both can be reassigned (str only) and show in its repr.

def produce():
    yield 1


first = produce()
produce.__name__ = "renamed_function"
produce.__qualname__ = "Renamed.function"
second = produce()
print(first.__name__, first.__qualname__)
print(second.__name__, second.__qualname__)
first.__name__ = "custom"
first.__qualname__ = "Custom.qualname"
print(first.__name__, first.__qualname__, repr(first).split(" at ")[0])
print(repr(second).split(" at ")[0], produce.__name__)
for attr, value in (("__name__", 5), ("__qualname__", None), ("__name__", b"bytes")):
    try:
        setattr(first, attr, value)
    except TypeError as e:
        print("TypeError", e)
for attr in ("__name__", "__qualname__"):
    try:
        delattr(first, attr)
    except TypeError as e:
        print("TypeError", e)
print(first.__name__, next(first), next(first, "done"))
for attr in ("gi_running", "gi_frame", "gi_suspended", "send", "undefined"):
    try:
        setattr(second, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
g = (x for x in ())
g.__qualname__ = "named.genexpr"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
