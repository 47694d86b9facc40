# release(): a released view refuses everything; live views pin a bytearray's size.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


ba = bytearray(b"abc")
m = memoryview(ba)
show(lambda: ba.append(100))
show(lambda: ba.extend(b"de"))
show(lambda: ba.pop())
show(lambda: ba.clear())
show(lambda: ba.remove(97))
show(lambda: ba.insert(0, 1))
def grow():
    global ba
    ba += b"x"
show(grow)
def shrink():
    del ba[0]
show(shrink)
def resize_slice():
    ba[0:1] = b"xy"
show(resize_slice)
def same_size_slice():
    ba[0:1] = b"Z"
    return ba
show(same_size_slice)
def same_size_repeat():
    global ba
    ba *= 1
    return ba
show(same_size_repeat)
ba[1] = 66
ba.reverse()
ba.extend(b"")
print(ba, m.tobytes())
m2 = m[1:]
m.release()
print(m2.tobytes())
show(lambda: ba.append(1))
m2.release()
ba.append(68)
print(ba)
show(lambda: m[0])
show(lambda: len(m))
show(lambda: m.tobytes())
show(lambda: m.tolist())
show(lambda: m.hex())
show(lambda: m.readonly)
show(lambda: m.obj)
show(lambda: m[0:1])
show(lambda: bytes(m))
show(lambda: list(m))
show(lambda: hash(m))
show(lambda: bool(m))
show(lambda: b"x" + m)
show(lambda: bytearray(b"x") + m)
show(lambda: b"".join([m]))
show(lambda: b"abc".find(m))
show(lambda: b"abc".split(m))
show(lambda: bytearray(m))
show(lambda: m in [m])
show(lambda: str(m)[:10])
show(lambda: memoryview(m))
show(lambda: m.toreadonly())
print(m == m, m == b"abc", b"abc" == m, m != ba)
m.release()
print("released twice")
# A view that is dropped also unpins.
ba2 = bytearray(b"q")
def use_view():
    v = memoryview(ba2)
    return v[0]
print(use_view())
ba2.append(114)
print(ba2)
# Context-manager protocol methods.
v = memoryview(bytearray(b"ctx"))
print(v.__enter__() is v, v.tobytes())
v.__exit__(None, None, None)
show(lambda: v.tobytes())
show(lambda: v.__enter__())
views = [memoryview(ba2) for _ in range(3)]
show(lambda: ba2.append(1))
for w in views:
    w.release()
ba2.append(115)
print(ba2)
