# getattr, setattr, hasattr and delattr on functions, modules and builtins.
import math


def func():
    return 1


print(getattr(func, "__name__"), getattr(math, "pi"), getattr("abc", "upper")())
print(getattr(func, "missing", "default"), getattr(1, "real"), getattr(2.5, "imag"))
print(hasattr(func, "__doc__"), hasattr(func, "nope"), hasattr([], "append"), hasattr(1, "x"))
print(hasattr(math, "tau"), hasattr(math, "nope"), hasattr(None, "__class__"))

setattr(func, "tag", "v1")
print(func.tag, getattr(func, "tag"), hasattr(func, "tag"))
setattr(func, "tag", "v2")
print(func.tag, func.__dict__)
delattr(func, "tag")
print(hasattr(func, "tag"), func.__dict__)
func.__name__ = "renamed"
print(func.__name__, func.__qualname__)

for call in [
    lambda: getattr(func, "nope"),
    lambda: getattr(1, "nope"),
    lambda: getattr("s", "nope"),
    lambda: getattr([], "nope"),
    lambda: getattr(math, "nope"),
    lambda: getattr(func, 1),
    lambda: getattr(func),
    lambda: setattr(1, "x", 2),
    lambda: setattr("s", "upper", 2),
    lambda: setattr([], "x", 1),
    lambda: setattr(func, 2, 1),
    lambda: delattr(func, "never_set"),
    lambda: delattr(1, "real"),
    lambda: hasattr(func, None),
    lambda: setattr(func, "__name__", 5),
    lambda: delattr(func, "__name__"),
    lambda: setattr(func, "__defaults__", [1]),
]:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# hasattr only swallows AttributeError.
print(hasattr(func, "__defaults__"), func.__defaults__)
func.__defaults__ = (1,)
print(func.__defaults__)
func.__defaults__ = None
print(func.__defaults__)
