# Operators: concatenation, repetition, comparisons, equality across types.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(b"ab" + b"cd", b"" + b"", b"a" + bytearray(b"b"), b"a" + memoryview(b"c"))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"b") + b"a").__name__)
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, b"" * 5, b"x" * True)
show(lambda: b"a" + "b")
show(lambda: b"a" + 1)
show(lambda: b"a" + None)
show(lambda: b"a" + [1])
show(lambda: "a" + b"b")
show(lambda: 1 + b"b")
show(lambda: [1] + b"b")
show(lambda: b"a" * "b")
show(lambda: b"a" * 1.5)
show(lambda: b"a" * b"b")
show(lambda: b"a" - b"a")
show(lambda: -b"a")
show(lambda: b"a" * (2**70))
x = b"start"
x += b"-more"
print(x)
x *= 2
print(x)
# Ordering is lexicographic over byte values.
pairs = [(b"a", b"b"), (b"a", b"a"), (b"ab", b"a"), (b"", b"\x00"), (b"\xff", b"\x7f"), (b"abc", b"abd")]
for p, q in pairs:
    print(p < q, p <= q, p > q, p >= q, p == q, p != q)
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"a" == memoryview(b"a"))
print(b"a" < bytearray(b"b"), bytearray(b"a") < b"b", b"b" >= bytearray(b"b"))
print(b"a" == "a", "a" == b"a", b"1" == 1, b"" == [], b"" == None)
print(b"a" != "a", b"" != bytearray())
show(lambda: b"a" < "b")
show(lambda: "a" < b"b")
show(lambda: b"a" < 1)
show(lambda: b"a" < memoryview(b"b"))
show(lambda: b"a" >= None)
print(max([b"b", b"a", b"c"]), min(b"zz", b"z"), sorted([b"b", b"ab", b"a", b""]))
print(sorted([b"\xff", b"\x00", b"A", b"a"], reverse=True))
print(hash(b"") == 0, hash(b"abc") == hash("abc"), hash(b"x") == hash(b"x"))
print(hash(b"\xff") == hash(b"\xff"), hash(b"a") != hash(b"b"))
print(hash(b"spam"), hash(b""), hash(b"\x00\x01"))
print(bytes(b"abc") == b"abc")
# Results too large to build.
show(lambda: b"ab" * (2**62))
show(lambda: b"a" * (2**62))
show(lambda: bytearray(b"ab") * (2**62))
show(lambda: bytes(2**62))
show(lambda: bytearray(2**62))
show(lambda: (1).to_bytes(2**62))
show(lambda: b"ab".center(2**62))
