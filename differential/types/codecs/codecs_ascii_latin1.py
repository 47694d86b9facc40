# ASCII and Latin-1: ranges, handlers, and the runs an error covers.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


handlers = ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace",
            "surrogateescape", "surrogatepass"]
texts = ["plain", "café", "naïve résumé", "€uro", "x\u0100y", "ÿ", "a" + chr(0xDC80) + "b", chr(0xDCFF) + chr(0xDC41),
         "日本語", "😀!", "mix é€ end"]
for codec in ["ascii", "latin-1"]:
    for t in texts:
        for errors in handlers:
            try:
                print(codec, ascii(t), errors, t.encode(codec, errors))
            except UnicodeEncodeError as e:
                print(codec, ascii(t), errors, "UnicodeEncodeError", e, e.start, e.end, ascii(e.object))
data = [b"plain", b"caf\xe9", b"\x80\xff", b"a\x7fb", b"\xc3\xa9"]
for b in data:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print("ascii", repr(b), errors, ascii(b.decode("ascii", errors)))
        except UnicodeDecodeError as e:
            print("ascii", repr(b), errors, "UnicodeDecodeError", e, e.start, e.end, e.object)
    print("latin-1", repr(b), ascii(b.decode("latin-1")), ascii(b.decode("latin1", "strict")))
allb = bytes(range(256))
print(allb.decode("latin-1").encode("latin-1") == allb, len(allb.decode("iso-8859-1")))
print(ascii(allb.decode("ascii", "replace")[120:136]))
print("".join(chr(i) for i in range(256)).encode("latin-1") == allb)
show(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
show(lambda: "\u20ac".encode("latin-1", "bogus"))
show(lambda: b"\x80".decode("ascii", "bogus"))
