# find/rfind/index/rindex/count/startswith/endswith with bytes and ints.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


s = b"abracadabra"
for sub in [b"a", b"abra", b"cad", b"", b"z", 97, 98, 122, bytearray(b"ra"), memoryview(b"da")]:
    print(s.find(sub), s.rfind(sub), s.count(sub), sub in s if not isinstance(sub, memoryview) else "-")
print(s.find(b"a", 1), s.find(b"a", 1, 3), s.find(b"a", -4), s.find(b"a", -4, -1), s.find(b"a", 100))
print(s.rfind(b"a", 0, 5), s.rfind(b"a", None, None), s.find(b"", 11), s.find(b"", 12), s.count(b"", 3, 5))
print(s.index(b"c"), s.rindex(b"b"), s.index(97, 5), s.rindex(97, 0, -1))
print(s.count(b"a", 2**70), s.find(b"a", -2**70), s.count(b"aa"), b"aaaa".count(b"aa"))
show(lambda: s.index(b"z"))
show(lambda: s.rindex(b"z"))
show(lambda: s.index(122))
show(lambda: s.find("a"))
show(lambda: s.find(256))
show(lambda: s.find(-1))
show(lambda: s.find(None))
show(lambda: s.find())
show(lambda: s.find(b"a", 1, 2, 3))
show(lambda: s.find(b"a", "x"))
show(lambda: s.find(b"a", start=1))
show(lambda: s.count([97]))
print(s.startswith(b"abr"), s.startswith(b"bra", 1), s.startswith(b"a", 3, 4), s.startswith(b""))
print(s.endswith(b"bra"), s.endswith(b"cad", 0, 7), s.endswith(b"a", -1), s.endswith(b"", 20))
print(s.startswith((b"x", b"ab")), s.endswith((b"x", b"y")), s.startswith(()), s.startswith(bytearray(b"a")))
print(s.startswith(memoryview(b"ab")), s.endswith(b"abra", -4, None), s.startswith(b"a", None, 0))
show(lambda: s.startswith("a"))
show(lambda: s.startswith(97))
show(lambda: s.startswith(("a",)))
show(lambda: s.endswith([b"a"]))
show(lambda: s.startswith())
show(lambda: s.startswith(b"a", x=1))
# Searching over all single bytes.
hay = bytes(range(0, 256, 3))
found = [hay.find(i) for i in range(0, 20)]
print(found)
print([hay.count(bytes([i])) for i in range(0, 12)])
