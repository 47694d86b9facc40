# Assigning args: any iterable becomes a tuple; str()/repr() follow, derived fields do not.
e = ValueError("a", 2)
e.args = ("changed",)
print(e.args, str(e), repr(e))
e.args = [1, 2, 3]
print(e.args, type(e.args).__name__, str(e))
e.args = "xy"
print(e.args, str(e))
e.args = range(0)
print(repr(str(e)), repr(e))
e.args = (x * 2 for x in range(2))
print(e.args)
for bad in [5, None]:
    try:
        e.args = bad
    except TypeError as err:
        print("TypeError", err)
try:
    del e.args
except TypeError as err:
    print("TypeError", err)
k = KeyError("key")
k.args = ("other", "two")
print(str(k), repr(k))
k.args = ("only",)
print(str(k), repr(k))
o = OSError(2, "No such file")
o.args = ("plain",)
print(o.errno, o.strerror, o.args)
s = StopIteration(1, 2)
s.args = ()
print(s.value, s.args)
s.value = "new value"
print(s.value, s.args)
x = SystemExit(3)
x.args = ("text",)
print(x.code, x.args)
x.code = 4
print(x.code, x.args)
try:
    raise ValueError("original")
except ValueError as caught:
    caught.args = ("rewritten in the handler",)
    saved = caught
print(saved)
g = ExceptionGroup("msg", [ValueError(1)])
g.args = ("other", "fields")
print(g.message, g.exceptions, g.args)
