# except* splits a group among its clauses; each clause sees only its part.
import sys


def describe(eg):
    return f"{type(eg).__name__}({eg.message!r}, {[repr(x) for x in eg.exceptions]})"


try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", describe(eg))
    print("handled is the match:", sys.exception() is eg)
except* TypeError as eg:
    print("types:", describe(eg))
print("after the statement")
try:
    eg
except NameError as e:
    print("name unbound:", e)

# A clause that matches nothing is skipped; order of clauses matters.
try:
    raise ExceptionGroup("g", [KeyError("a"), IndexError(0)])
except* LookupError as eg:
    print("lookup:", describe(eg))
except* KeyError as eg:
    print("never: everything was taken by LookupError")
except* ZeroDivisionError:
    print("never: no ZeroDivisionError")

# A tuple of types.
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
except* (ValueError, OSError) as eg:
    print("tuple:", describe(eg))
except* TypeError as eg:
    print("rest:", describe(eg))

# Message, derived parts and the original stay separate objects.
original = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
try:
    raise original
except* ValueError as eg:
    print("same object?", eg is original, "message kept:", eg.message)
    print("leaf identity:", eg.exceptions[0] is original.exceptions[0])
except* TypeError as eg:
    print("types part", describe(eg))

# Everything matched by a single clause: the group itself is the match.
g = ExceptionGroup("whole", [ValueError(1), ValueError(2)])
try:
    raise g
except* ValueError as eg:
    print("whole group matched:", eg is g)

# No exception at all: else runs, handlers do not.
try:
    x = 1
except* ValueError:
    print("not here")
else:
    print("else ran with x =", x)
finally:
    print("finally ran")
print("exception after statement:", sys.exception())
