# format() specs, %-formatting and str()/repr() of ints, with CPython's errors.
def t(n, spec):
    try:
        print(repr(n), repr(spec), repr(format(n, spec)))
    except Exception as e:
        print(repr(n), repr(spec), type(e).__name__, e)


specs = ["", "d", "5d", "<5", "^7", "*>8", "+", "-", " ", "+05", "05", "=+8", "08,", ",", "_",
         "_b", "_x", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c", "n", "e", ".2e", "f",
         ".3f", "%", ".1%", "g", "G", ".3g", "10.2f", ",.2f", "#08x", "#_b", "z", "zd", ".2",
         "s", "r", "=", "0=5", "x<10", "\u00e9^9", ",x", ",b", "_c", "+c", "#c", ".3d", "#d",
         "12,", "_d", "03_", "020_b", "-#10o", " x"]
for n in [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64, True, 65, 0x1F600]:
    for spec in specs:
        t(n, spec)
t(-1, "c")
t(0x110000, "c")
t(10 ** 30, ".3e")
t(10 ** 400, "e")
t(10 ** 400, "f")
print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%i|%u|%c" % (42, 42, 42, 42, 42, 42, 255, 255,
                                                             255, 8, 8, -3, 7, 65))
print("%d %s %r %a" % (True, True, 2 ** 70, -5), "%.3d|%8.4d|%-+6d" % (7, -7, 7))
print("%x %o %e %f %g" % (2 ** 70, -(2 ** 70), 12345, 7, 10 ** 20))
for fmt, arg in [("%d", "1"), ("%x", 1.5), ("%c", 1114112), ("%c", -1), ("%c", "ab"),
                 ("%d", 2.7), ("%i", 1j), ("%o", 2.0), ("%d", None), ("%*d", (3.5, 1))]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(f"{255:x} {255:#b} {-255:08d} {12345678:,} {12345678:_} {0:+} {-0:+}")
print(str(-0), repr(2 ** 70), str(True + 0), f"{True}", f"{True:d}", f"{False:5}")
