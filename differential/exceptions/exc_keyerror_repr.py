# str() and repr() of exceptions with zero, one and several arguments;
# KeyError's str() is the repr of its single key.
values = [(), ("msg",), ("",), (42,), ((1, 2),), ([],), (None,), ("a", "b"), (1, "two", 3.5), ("quote's",)]
for cls in [KeyError, ValueError, IndexError, Exception, BaseException, LookupError, StopIteration]:
    for args in values:
        e = cls(*args)
        print(cls.__name__, len(args), repr(str(e)), repr(e))

d = {"present": 1}
for key in ["missing", "", 0, (1, "x"), None, 2.5, frozenset([3])]:
    try:
        d[key]
    except KeyError as e:
        print("lookup", repr(key), "->", str(e), repr(e), e.args)

try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e, repr(e))

try:
    set().remove("nothing")
except KeyError as e:
    print("remove:", e)

print(str(KeyError("multi\nline")), repr(KeyError("multi\nline")))
print(repr(ExceptionGroup("eg", [KeyError("k"), KeyError()])))
print([str(e) for e in [ZeroDivisionError(), AssertionError(), NotImplementedError("todo")]])
print(repr(ValueError(ValueError("nested"))), str(ValueError(KeyError("nested"))))
print(str(KeyError(KeyError("nested"))))
print(repr(OSError()), repr(UnicodeError("u")), repr(SystemExit(0)))
print(repr(RecursionError("deep")), repr(GeneratorExit()), repr(KeyboardInterrupt("ctrl-c")))
