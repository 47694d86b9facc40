# sys.exc_info() and sys.exception() follow the exception being handled.
import sys


def describe(label):
    t, v, tb = sys.exc_info()
    e = sys.exception()
    print(label, t.__name__ if t else t, repr(v), tb is not None, e is v)


describe("start")
try:
    raise ValueError("outer")
except ValueError:
    describe("in handler")
    try:
        raise KeyError("inner")
    except KeyError:
        describe("nested handler")
    describe("back in outer")
describe("after")

try:
    1 / 0
except ZeroDivisionError as exc:
    t, v, tb = sys.exc_info()
    print(t is ZeroDivisionError, v is exc, tb is exc.__traceback__)

def helper():
    describe("called from handler")

try:
    [][1]
except IndexError:
    helper()

try:
    try:
        raise TypeError("in try")
    finally:
        describe("finally while raising")
except TypeError:
    describe("caught after finally")

try:
    pass
finally:
    describe("finally, nothing raised")

def gen():
    describe("generator start")
    yield 1
    try:
        raise RuntimeError("in gen")
    except RuntimeError:
        describe("generator handler")
        yield 2
        describe("generator handler resumed")
    yield 3

g = gen()
print(next(g))
try:
    raise OSError("outside")
except OSError:
    print(next(g))
    describe("outside handler, after gen yielded in its handler")
print(next(g))
describe("end")

def returns_in_handler():
    try:
        raise ValueError("x")
    except ValueError:
        return sys.exception()

print(repr(returns_in_handler()))
describe("after return in handler")

for i in range(3):
    try:
        raise IndexError(i)
    except IndexError:
        if i == 1:
            continue
        describe("loop " + str(i))
describe("after loop")

for bad in [lambda: sys.exc_info(1), lambda: sys.exception(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
