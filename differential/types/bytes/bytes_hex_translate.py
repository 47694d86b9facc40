# hex(), fromhex(), translate() and maketrans().
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


data = b"\x00\x01\xab\xcd\xef\xff"
print(data.hex(), b"".hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -2), data.hex(b"_", 3))
print(data.hex(":", 0), data.hex(sep="|"), data.hex(":", bytes_per_sep=4), data.hex(":", -4), data.hex(".", 100))
print(bytearray(b"\x10\x20").hex(), memoryview(b"\x30").hex(), bytearray(b"ab").hex(","))
show(lambda: data.hex(""))
show(lambda: data.hex("::"))
show(lambda: data.hex(1))
show(lambda: data.hex([1]))
show(lambda: data.hex("é"))
show(lambda: data.hex(":", "2"))
show(lambda: data.hex(":", 2**40))
show(lambda: data.hex(":", 1, 2))
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex(" 0a 0B\t0c\n"), bytes.fromhex("DEADbeef"))
print(bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__, b"".fromhex("61"), bytearray(b"x").fromhex("62"))
show(lambda: bytes.fromhex("0"))
show(lambda: bytes.fromhex("0g"))
show(lambda: bytes.fromhex("g0"))
show(lambda: bytes.fromhex("0 1"))
show(lambda: bytes.fromhex("00é"))
show(lambda: bytes.fromhex(b"00"))
show(lambda: bytes.fromhex())
show(lambda: bytes.fromhex("00", "11"))
for h in ["", "ab", "a b", "abc", "  ", "ab cd ef", "zz"]:
    try:
        print(repr(h), bytes.fromhex(h).hex())
    except ValueError as e:
        print(repr(h), "ValueError", e)
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], t[:5], type(t).__name__)
print(b"aabbcc dd".translate(t), b"abc".translate(None), b"abcabc".translate(None, b"b"), b"abc".translate(t, b"a"))
print(b"hello".translate(None, delete=b"l"), bytearray(b"cab").translate(t), bytearray.maketrans(b"a", b"b")[97])
print(b"x".maketrans(b"q", b"r")[113], bytes.maketrans(bytearray(b"a"), memoryview(b"A"))[97])
show(lambda: b"a".translate(b"short"))
show(lambda: b"a".translate("x" * 256))
show(lambda: b"a".translate(None, "a"))
show(lambda: b"a".translate())
show(lambda: bytes.maketrans(b"ab", b"c"))
show(lambda: bytes.maketrans("a", "b"))
show(lambda: bytes.maketrans(b"a"))
rot13 = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = b"Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13), enc.translate(rot13) == msg)
