# ASCII-only case mapping and predicates; bytes above 127 are never letters.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


samples = [b"", b"hello", b"HELLO", b"Hello World", b"hello world", b"hELLO wORLD", b"123",
           b"abc123", b"ABC123", b"a1b2", b" \t\n\r\x0b\x0c", b"\x1c", b"\xe9t\xc9", b"it's",
           b"Title Case Here", b"Title case", b"_x", b"A", b"a", b"\xff", b"x y", b"3rd Place"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
    print(" ", s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(),
          s.isspace(), s.istitle(), s.isascii())
ba = bytearray(b"MiXeD case")
print(ba.upper(), ba.lower(), ba.title(), ba.capitalize(), ba.swapcase(), ba.isalpha())
print(type(ba.upper()).__name__, ba)
show(lambda: b"a".upper(1))
show(lambda: b"a".isalpha(None))
show(lambda: bytearray(b"a").lower(x=1))
table = bytes(range(256))
print(table.upper()[60:130])
print(table.lower()[60:130])
print(sum(1 for c in table if bytes([c]).isalpha()), sum(1 for c in table if bytes([c]).isspace()))
print([c for c in table if bytes([c]).isdigit()])
