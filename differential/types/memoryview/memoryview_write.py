# Writing through a memoryview over a bytearray; read-only views refuse.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


def setitem(m, k, v):
    m[k] = v
    return m.tobytes()


def delitem(m, k):
    del m[k]


buf = bytearray(b"0123456789")
m = memoryview(buf)
print(m.readonly, m.obj is buf)
m[0] = 65
m[-1] = 90
print(buf)
m[1:4] = b"xyz"
print(buf)
m[4:6] = bytearray(b"!!")
m[6:8] = memoryview(b"..")
print(buf)
m[::3] = b"____"
print(buf)
m[::-5] = b"<>"
print(buf, m.tobytes())
s = m[2:8]
s[0] = 97
s[1:3] = b"bc"
s[::-1] = b"FEDCBA"
print(buf, s.tolist())
buf[0] = 33
print(m[0], s.obj is buf, m.tobytes())
m[True] = 49
m[(2,)] = 50
print(buf)
show(lambda: setitem(m, 10, 1))
show(lambda: setitem(m, 0, 256))
show(lambda: setitem(m, 0, -1))
show(lambda: setitem(m, 0, "a"))
show(lambda: setitem(m, 0, b"a"))
show(lambda: setitem(m, 0, 1.0))
show(lambda: setitem(m, "0", 1))
show(lambda: setitem(m, slice(0, 2), b"abc"))
show(lambda: setitem(m, slice(0, 2), b"a"))
show(lambda: setitem(m, slice(0, 2), "ab"))
show(lambda: setitem(m, slice(0, 2), [1, 2]))
show(lambda: setitem(m, slice(None, None, 2), b"x"))
show(lambda: setitem(m, (0, 1), 1))
show(lambda: delitem(m, 0))
show(lambda: delitem(m, slice(0, 2)))
ro = memoryview(b"readonly")
show(lambda: setitem(ro, 0, 1))
show(lambda: setitem(ro, slice(0, 1), b"x"))
show(lambda: delitem(ro, 0))
show(lambda: setitem(m.toreadonly(), 0, 1))
print(buf, bytes(buf) == m.tobytes())
counts = bytearray(4)
view = memoryview(counts)
for i in range(10):
    view[i % 4] += 1
print(counts, list(view))
