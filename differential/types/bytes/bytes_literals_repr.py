# bytes literals: escapes, implicit concatenation, repr quoting, str() and print.
a = b"plain"
b = b'it\'s'
c = b"say \"hi\""
d = b'both \' and "'
e = b"\x00\x01\x7f\x80\xff"
f = b"tab\tnl\nret\rback\\slash"
g = rb"raw\n\x00"
h = b"con" b'cat' rb"\d"
i = b""
j = b"""triple
quoted"""
for x in [a, b, c, d, e, f, g, h, i, j]:
    print(repr(x), str(x), len(x))
    print(x)
print(b"\101\102\103", b"\7\10", b"a\
b")
print(type(a).__name__, type(a) is bytes, isinstance(a, bytes), isinstance(a, str))
print(bytes is type(b""), repr(bytes))
print(f"{a}", f"{a!r}", f"{e}", "%s|%r" % (a, e))
print([b"x", b"y'"], (b"z",), {b"k": b"v"})
print(str(b"\t"), repr(b"'\""), ascii(b"\xff"))
print(format(b"ab"), format(b"ab", ""))
try:
    format(b"ab", "s")
except TypeError as ex:
    print(type(ex).__name__, ex)
all_bytes = bytes(range(256))
print(all_bytes)
print(repr(all_bytes[30:130]))
print(a == b"plain", a != b"plain")
