# UTF-16 and UTF-32, with and without a byte order mark, and their errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "start", ""), getattr(e, "end", ""))
    else:
        print(ascii(r))


S = chr(0xD800)
L = chr(0xDC80)
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    print("==", enc)
    show(lambda: "a\xe9\u20ac\U0001f600".encode(enc))
    show(lambda: "".encode(enc))
    show(lambda: ("a" + S + S + "b").encode(enc))
    for h in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "surrogateescape"]:
        show(lambda: ("a" + S + L + "b").encode(enc, h))
    show(lambda: (L + chr(0xDC81)).encode(enc, "surrogateescape"))
    show(lambda: "a\U0001f600".encode(enc).decode(enc))
    for b in [b"a", b"a\x00b", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\x00\xd8", b"\x00\xd8a\x00",
              b"\x00\xdc\x00\x00", b"\x00\xd8\x00\xdc", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00",
              b"\xff\xfe\x00\x00a\x00\x00\x00", b"abc", b"\x00\x00\xfe\xff", b"\x00\x00\xfe\xff\x00\x00\x00a"]:
        for h in ["strict", "replace", "surrogatepass", "backslashreplace", "ignore", "surrogateescape"]:
            show(lambda: b.decode(enc, h))
print("\U0001f600".encode("utf-16-be").hex(" "), "\U0001f600".encode("UTF32BE").hex(" "))
print(ascii("\ufeffx".encode("utf-16").decode("utf-16")), ascii(b"\xff\xfe\xff\xfea\x00".decode("utf-16")))
print(ascii("hi".encode("utf_16le").decode("u16")), ascii("ok".encode("U32").decode("utf32")))
print(bytes("é", "utf-16-le"), bytearray("é", "utf-32-be"), str(b"\x00\xe9", "utf-16-be"))
show(lambda: "x".encode("utf-16", "bogus"))
show(lambda: (S).encode("utf-16", "bogus"))
show(lambda: b"\x00".decode("utf-32", "bogus"))
show(lambda: b"\x00".decode("utf-16", "xmlcharrefreplace"))
