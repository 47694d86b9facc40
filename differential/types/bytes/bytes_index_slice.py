# Indexing gives ints, slicing gives bytes; iteration yields ints.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


s = b"abcdefghij"
print(s[0], s[9], s[-1], s[-10], type(s[0]).__name__)
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[5:2], s[1:9:3], s[8:1:-2])
print(s[100:], s[-100:2], s[:], s[:] is s, s[0:10] is s, s[0:0])
print(s[True], s[False:True])
show(lambda: s[10])
show(lambda: s[-11])
show(lambda: s["a"])
show(lambda: s[1.5])
show(lambda: s[2**70])
show(lambda: s[::0])
show(lambda: s["a":])
print(list(s), tuple(b"xy"), [c for c in b"hi"])
for c in b"\x00\xff":
    print(c, end=" ")
print()
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(list(reversed(b"abc")), sorted(b"cab"), max(b"az"), min(b"az"), sum(b"\x01\x02"))
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
print(b"b" in s, 98 in s, b"" in s, b"ce" in s, 200 in s, bytearray(b"cd") in s)
print(memoryview(b"ij") in s, 98 not in s)
show(lambda: "a" in s)
show(lambda: 256 in s)
show(lambda: -1 in s)
show(lambda: None in s)
a, b2, c = b"xyz"
print(a, b2, c)
first, *rest = b"hello"
print(first, rest)
print(len(b""), len(s), bool(b""), bool(b"\x00"), not b"")
