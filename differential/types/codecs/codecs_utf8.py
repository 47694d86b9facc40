# UTF-8 encoding and decoding with every error handler and CPython's messages.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


text = "aé€😀\u0000\u07ff\u0800\uffff\U0010ffff"
enc = text.encode()
print(enc, len(enc), enc.decode() == text, text.encode("utf-8") == enc, text.encode("UTF8") == enc)
print("".encode(), b"".decode(), "ascii only".encode(), b"plain".decode("utf-8"))
bad = [b"\xff", b"a\x80b", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82x", b"\xe2x\x82",
       b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xf0\x8f\xbf\xbf",
       b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xf0\x9f\x98", b"\xf0\x9f", b"\xf0\x9fx",
       b"\xf0\x9f\x98x", b"\xc0\xaf", b"\xc1\xbf", b"\xfe\xff", b"ok\xe2\x82\xacok\xe2",
       b"\xf8\x88\x80\x80\x80", b"\x80\x80\x80"]
for b in bad:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(repr(b), errors, ascii(b.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(repr(b), errors, "UnicodeDecodeError", e, e.start, e.end, e.reason)
surrogates = [chr(0xD800), "a" + chr(0xDC80) + "b", chr(0xD83D) + chr(0xDE00), "x" + chr(0xDCFF) + chr(0xDC41) + "y", chr(0xDFFF) * 3, "ok"]
for s in surrogates:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace",
                   "surrogateescape", "surrogatepass"]:
        try:
            print(ascii(s), errors, s.encode("utf-8", errors))
        except UnicodeEncodeError as e:
            print(ascii(s), errors, "UnicodeEncodeError", e, e.start, e.end, e.reason)
# surrogateescape round-trips arbitrary bytes.
raw = bytes(range(256))
s = raw.decode("utf-8", "surrogateescape")
print(len(s), s.encode("utf-8", "surrogateescape") == raw, ascii(s[126:132]))
print(ascii(chr(0xD800).encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")))
show(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show(lambda: b"\xff".decode("utf-8", "bogus"))
show(lambda: b"fine".decode("utf-8", "bogus"))
show(lambda: chr(0xD800).encode("utf-8", "bogus"))
show(lambda: "fine".encode("utf-8", "bogus"))
show(lambda: b"\xff".decode(errors="replace"))
show(lambda: b"\xff".decode(encoding="utf-8", errors="ignore"))
show(lambda: "é".encode(encoding="utf-8"))
