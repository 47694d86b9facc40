# Encoding names and aliases, argument errors, and the Unicode error objects.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8", "utf", "Utf 8", "-utf-8-", "utf8_ucs4",
         "cp65001", "latin-1", "latin1", "Latin_1", "iso-8859-1", "ISO8859-1", "iso_8859_1", "l1",
         "latin", "8859", "cp819", "ascii", "ASCII", "us-ascii", "US_ASCII", "646", "us",
         "ANSI_X3.4-1968", "iso646-us", "utf..8", "utf-9", "nope", ""]
for n in names:
    try:
        print(repr(n), "é€".encode(n, "replace"), b"\xc3\xa9\xff".decode(n, "replace"))
    except LookupError as e:
        print(repr(n), type(e).__name__, e)
show(lambda: "x".encode(1))
show(lambda: "x".encode("utf-8", 1))
show(lambda: "x".encode("utf-8", "strict", "extra"))
show(lambda: "x".encode(bogus="utf-8"))
show(lambda: b"x".decode(1))
show(lambda: b"x".decode("utf-8", None))
show(lambda: b"x".decode("utf-8", "strict", 1))
show(lambda: b"x".decode(encoding=None))
show(lambda: bytearray(b"\xc3\xa9").decode())
show(lambda: memoryview(b"x").decode())
show(lambda: str(b"\xc3\xa9", "utf-8"))
show(lambda: str(bytearray(b"abc"), "ascii"))
show(lambda: str(memoryview(b"\xe9"), "latin-1"))
show(lambda: str(b"\xff", "utf-8", "replace"))
show(lambda: str(b"abc", errors="strict"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str("abc", "utf-8"))
show(lambda: str(5, "utf-8"))
show(lambda: str(b"x", "nope"))
show(lambda: str(b"abc"))
try:
    b"caf\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(repr(e), e.args)
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), isinstance(e, UnicodeEncodeError))
try:
    "caf\u20ac!".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e)
    print(repr(e), e.args)
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "\u20ac".encode("latin-1")
except ValueError as e:
    print(type(e).__name__, e)
e = UnicodeDecodeError("my-codec", b"\x01\x02\x03", 1, 2, "custom reason")
print(str(e), e.object, e.start, e.end, e.encoding, e.reason)
e = UnicodeDecodeError("my-codec", bytearray(b"abcdef"), 1, 4, "spans")
print(str(e), e.object, e.args)
e = UnicodeDecodeError("c", b"xyz", 5, 9, "past the end")
print(str(e))
e = UnicodeEncodeError("my-codec", "a\u20ac\U0001f600b", 1, 2, "one")
print(str(e), ascii(e.object))
print(str(UnicodeEncodeError("c", "a\u20ac\U0001f600b", 2, 3, "wide")))
print(str(UnicodeEncodeError("c", "abc", 0, 3, "run")), str(UnicodeEncodeError("c", "\xe9", 0, 1, "small")))
show(lambda: UnicodeDecodeError("a"))
show(lambda: UnicodeDecodeError())
show(lambda: UnicodeDecodeError(1, b"", 0, 1, "r"))
show(lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "r"))
show(lambda: UnicodeDecodeError("utf-8", b"x", "a", 1, "r"))
show(lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, 5))
show(lambda: UnicodeEncodeError("utf-8", b"x", 0, 1, "r"))
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "raised by hand")
except UnicodeDecodeError as e:
    print("caught", e)
# Codecs CPython has that are not text encodings.
for n in ["base64", "rot13", "hex", "zlib", "quopri", "uu", "bz2"]:
    show(lambda: "x".encode(n))
    show(lambda: b"x".decode(n))
