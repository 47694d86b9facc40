# Attributes of the exception families: ImportError, NameError,
# AttributeError, StopIteration, SystemExit.
e = ImportError("cannot import", name="mod", path="/lib/mod.py")
print(e.msg, e.name, e.path, e.name_from, str(e), e.args)
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")), str(ImportError(5)))
print(ModuleNotFoundError("no", name="m").name, ImportError(name_from="x").name_from)
for bad in [lambda: ImportError(foo=1), lambda: NameError("n", nam="x"),
            lambda: AttributeError("a", name="n", objx=1), lambda: ModuleNotFoundError(spam=2)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)

print(NameError("n").name, NameError("n", name="x").name, UnboundLocalError("u", name="v").name)
print(AttributeError("a").name, AttributeError("a").obj, AttributeError("a", name="n", obj=[1]).obj)

try:
    undefined_name
except NameError as err:
    print(repr(err), err.name)

def local_before():
    try:
        print(value)
    except UnboundLocalError as err:
        print(repr(err), err.name)
    value = 1
    return value

local_before()

try:
    [].appendx
except AttributeError as err:
    print(repr(err), err.name, err.obj)
try:
    (5).real.nothing
except AttributeError as err:
    print(repr(err), err.name, err.obj)

import sys
try:
    sys.no_such_attribute
except AttributeError as err:
    print(repr(err), err.name, err.obj is sys)

try:
    import no_such_module_here
except ModuleNotFoundError as err:
    print(repr(err), err.name, err.path, err.msg)
try:
    from sys import no_such_name
except ImportError as err:
    print(type(err).__name__, err.name, err.name_from)

print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value, StopIteration(None).value)

def gen():
    yield 1
    return "result"

g = gen()
next(g)
try:
    next(g)
except StopIteration as err:
    print("returned", repr(err.value), err.args)

print(SystemExit().code, SystemExit(3).code, SystemExit("m").code, SystemExit(1, 2).code)
for cls in [ValueError, KeyError, OSError, SyntaxError, ImportError]:
    try:
        cls().nonexistent
    except AttributeError as err:
        print(err)
