# Item and slice assignment and deletion.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


def setitem(ba, k, v):
    ba[k] = v
    return ba


def delitem(ba, k):
    del ba[k]
    return ba


ba = bytearray(b"0123456789")
print(ba[0], ba[-1], ba[2:5], ba[::3], ba[::-1], type(ba[1:2]).__name__, ba[:] is ba)
ba[0] = 65
ba[-1] = 90
print(ba)
ba[1:3] = b"xy"
print(ba)
ba[1:3] = b"LONGER"
print(ba)
ba[1:7] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[len(ba):] = bytearray(b">>")
print(ba)
ba[5:2] = b"!"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[::-3] = bytes(len(ba[::-3]))
print(ba)
ba[2:4] = [97, 98, 99]
print(ba)
ba[:2] = (x for x in [1, 2])
print(ba)
ba[:] = memoryview(b"mem")
print(ba)
ba[1:] = ba
print(ba)
del ba[0]
print(ba)
del ba[-1]
print(ba)
ba = bytearray(b"abcdefghij")
del ba[2:4]
print(ba)
del ba[::2]
print(ba)
del ba[::-1]
print(ba)
ba = bytearray(b"abcdefghij")
ba[::2] = b""
print(ba)
ba[5:1] = b""
print(ba)
del ba[10:20]
print(ba)
show(lambda: setitem(bytearray(b"ab"), 2, 1))
show(lambda: setitem(bytearray(b"ab"), -3, 1))
show(lambda: setitem(bytearray(b"ab"), 0, 256))
show(lambda: setitem(bytearray(b"ab"), 0, "a"))
show(lambda: setitem(bytearray(b"ab"), 0, b"a"))
show(lambda: setitem(bytearray(b"ab"), "0", 1))
show(lambda: setitem(bytearray(b"ab"), 1.0, 1))
show(lambda: setitem(bytearray(b"ab"), slice(0, 1), 5))
show(lambda: setitem(bytearray(b"ab"), slice(0, 1), "x"))
show(lambda: setitem(bytearray(b"ab"), slice(0, 1), 1.5))
show(lambda: setitem(bytearray(b"ab"), slice(0, 1), None))
show(lambda: setitem(bytearray(b"ab"), slice(0, 1), [300]))
show(lambda: setitem(bytearray(b"abcd"), slice(None, None, 2), b"xyz"))
show(lambda: setitem(bytearray(b"abcd"), slice(None, None, 0), b""))
show(lambda: delitem(bytearray(b"ab"), 2))
show(lambda: delitem(bytearray(b"ab"), "a"))
show(lambda: delitem(bytearray(b"ab"), slice(None, None, 0)))
show(lambda: bytearray(b"ab")[5])
show(lambda: bytearray(b"ab")["x"])
show(lambda: bytearray(b"ab")[2**70])
