# Constructors, operators, comparisons and methods returning bytearray.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(bytearray(), bytearray(3), bytearray(b"x"), bytearray([1, 2]), bytearray("é", "utf-8"))
print(bytearray(range(3)), bytearray(memoryview(b"v")), bytearray(bytearray(b"c")), bytearray(False))
print(bytearray(source=b"kw"), bytearray("abc", encoding="ascii"), bytearray("é", "ascii", "ignore"))
show(lambda: bytearray(-1))
show(lambda: bytearray([256]))
show(lambda: bytearray(["x"]))
show(lambda: bytearray(1.5))
show(lambda: bytearray("abc"))
show(lambda: bytearray(1, "utf-8"))
show(lambda: bytearray(b"x", errors="strict"))
show(lambda: bytearray(encoding="utf-8"))
show(lambda: bytearray("x", "bogus"))
show(lambda: bytearray(2**70))
a = bytearray(b"abc")
b = a
a += b"def"
print(a, b, a is b)
a *= 2
print(a, b is a)
a *= 1
print(a)
a *= 0
print(a, b)
c = bytearray(b"xy")
c += bytearray(b"z")
c += memoryview(b"!")
print(c)
d = bytearray(b"q")
try:
    d += "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    d += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d *= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(d)
x = bytearray(b"ab")
print(x + b"cd", x + x, x * 3, 2 * x, x * -1, type(x * 2).__name__, x)
show(lambda: x + "cd")
show(lambda: x + 1)
show(lambda: x * x)
print(x == b"ab", x == bytearray(b"ab"), x != b"ab", x == "ab", x == memoryview(b"ab"))
print(x < b"b", x <= bytearray(b"ab"), x > b"a", x >= memoryview(b"ab"), memoryview(b"b") > x)
show(lambda: x < "b")
show(lambda: x < 1)
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
show(lambda: hash(x))
show(lambda: {x})
ba = bytearray(b"  Hello, World  ")
for r in [ba.strip(), ba.upper(), ba.split(), ba.replace(b"l", b"L"), ba.center(20, b"*"),
          ba.partition(b","), ba.rpartition(b"x"), ba.splitlines(), ba.zfill(20), ba.translate(None, b" "),
          bytearray(b",").join([b"a", b"b"]), ba.removeprefix(b"  "), ba.expandtabs(), ba.title()]:
    print(repr(r))
print(ba.find(b"o"), ba.count(108), ba.index(b"W"), ba.startswith(b" "), ba.endswith(b"d  "), 72 in ba)
print(ba.decode(), ba.hex(" ", 4), ba.isascii(), ba.strip() is ba, ba.strip() == ba.strip())
print(list(bytearray(b"ab")), tuple(reversed(bytearray(b"ab"))), bytearray(b"%d%%") % 5)
it = iter(bytearray(b"ab"))
print(type(it).__name__, next(it), next(it), next(it, None))
grow = bytearray(b"a")
out = []
for c in grow:
    out.append(c)
    if len(grow) < 4:
        grow.append(c + 1)
print(out, grow)
