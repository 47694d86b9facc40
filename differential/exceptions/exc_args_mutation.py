# args of builtin exceptions, with_traceback, identity-based equality, derived attributes.
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
k = KeyError("other", "two")
print(str(k), repr(k), KeyError("only").args)
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o), o.args)
x = Exception()
print(x.with_traceback(None) is x, x.__traceback__)
try:
    x.with_traceback(5)
except TypeError as err:
    print("TypeError", err)
a, b = Exception(1), Exception(1)
print(a == b, a == a, a != b, len({a, b}))
try:
    raise a
except Exception as caught:
    print(caught is a, caught.args, caught.__traceback__ is not None)
    tb = caught.__traceback__
b.with_traceback(tb)
print(b.__traceback__ is tb)
b.__traceback__ = None
print(b.__traceback__)
u = UnicodeError("u", 1)
print(u.args, str(u))
s = StopIteration(1, 2)
print(s.value, s.args)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
for attr, value in [("__cause__", 5), ("__context__", "x"), ("__suppress_context__", 1), ("__traceback__", 3)]:
    try:
        setattr(a, attr, value)
    except TypeError as err:
        print("TypeError", err)
for attr in ["__cause__", "__context__", "__suppress_context__", "__traceback__"]:
    try:
        delattr(a, attr)
    except TypeError as err:
        print("TypeError", err)
a.__cause__ = KeyError("why")
print(repr(a.__cause__), a.__suppress_context__)
a.__cause__ = None
print(a.__cause__, a.__suppress_context__)
a.__context__ = b
print(a.__context__ is b)
