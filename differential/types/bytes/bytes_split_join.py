# split/rsplit/splitlines/partition/rpartition/join.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


s = b"  one two\tthree\nfour  five\x0bsix\x0cseven\rx  "
print(s.split())
print(s.rsplit())
print(s.split(None, 2), s.rsplit(None, 2), s.split(maxsplit=1), s.rsplit(maxsplit=0))
print(b"a\x1cb\x85c\xa0d".split(), b"".split(), b"   ".split(), b"x".split())
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"a::b::c".split(b"::"), b"abc".split(b"abc"), b"".split(b","), b"a,b".split(sep=b",", maxsplit=-5))
print(b"a,b".split(bytearray(b",")), b"a.b".split(memoryview(b".")), b"a,b,c".split(b",", 0))
show(lambda: b"a".split(b""))
show(lambda: b"a".rsplit(b""))
show(lambda: b"a".split(","))
show(lambda: b"a".split(1))
show(lambda: b"a".split(b",", "x"))
show(lambda: b"a".split(b",", 1, 2))
show(lambda: b"a".split(sepx=1))
lines = b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\n\nend"
print(lines.splitlines())
print(lines.splitlines(True), lines.splitlines(keepends=True) == lines.splitlines(True))
print(b"".splitlines(), b"\n".splitlines(), b"\n".splitlines(True), b"a\r".splitlines(1))
print(b"a.b.c".partition(b"."), b"a.b.c".rpartition(b"."), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"a.b".partition(bytearray(b".")), b"a->b->c".rpartition(b"->"))
show(lambda: b"a".partition(b""))
show(lambda: b"a".rpartition(b""))
show(lambda: b"a".partition("."))
show(lambda: b"a".partition())
print(b",".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([b"x"]), b", ".join((b"1", b"2")))
print(b"+".join([bytearray(b"a"), memoryview(b"b"), b"c"]), b"".join(x for x in [b"p", b"q"]))
print(b"ab".join([b"", b"", b""]), b"x".join(b"x" for _ in range(3)))
show(lambda: b",".join([b"a", "b"]))
show(lambda: b",".join([b"a", 1]))
show(lambda: b",".join(1))
show(lambda: b",".join())
show(lambda: b",".join(["a"]))
words = b"the quick brown fox jumps over the lazy dog".split()
print(b" ".join(sorted(words)), len(words), b"|".join(w.upper() for w in words))
