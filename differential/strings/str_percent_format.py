# printf-style formatting: conversions, flags, width/precision, mappings, errors.
print("%s %d %5.2f %x %r %%" % ("a", 3, 3.14159, 255, "b"))
print("%s" % 5, "%s" % (1,), "%s" % [1, 2], "%s" % ((1,),))
print("[%5s|%-5s|%05s]" % ("a", "b", "c"))
print("[%05d|%+d|% d|%-6d|%.3d|%08.3d]" % (-42, 5, 5, 7, 5, 5))
print("%x %X %o %#x %#X %#o %#010x" % (255, 255, 8, 255, 255, 8, 255))
print("%e|%E|%g|%G|%.3g|%#g|%.0e|%#.0e" % (12345.678, 0.0001, 1e-5, 1e20, 1234567, 1.0, 12345, 12345))
print("%f|%F|%010f|%-010f|%+010.2f" % (float("inf"), float("inf"), float("-inf"), float("nan"), 3.14159))
print("%c%c%3c|%-3c|" % ("a", 98, "c", 100))
print("%*d|%-*.*f|%*s|%.*s|" % (5, 3, 8, 2, 3.14159, -4, "x", 2, "abcdef"))
print("%d %i %u" % (3.99, -2.5, True))
print("%.0f %.0f %.0f %.1f %.1f" % (0.5, 1.5, 2.5, 0.25, 0.35))
print("%.2f %d" % (2 ** 60, 2 ** 70))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
print("%s %(a)s" % {"a": 1})
print("%r %a" % ("é", "é"))
print("abc" % (), "abc" % [1], "abc" % {"k": 1}, "%%" % ())
print("%5.1f%%" % 99.55)

cases = [
    ("%s %s", (1,)),
    ("%s", (1, 2)),
    ("%d", "a"),
    ("%x", 3.5),
    ("%f", "a"),
    ("%c", "ab"),
    ("%c", 1114112),
    ("%s %", (1,)),
    ("%z", 1),
    ("%(a)s", 5),
    ("%(a", {"a": 1}),
    ("%(a)s %s", {"a": 1}),
    ("%*d", ("a", 1)),
    ("abc", 5),
    ("%d", float("inf")),
    ("%d", float("nan")),
    ("%(x)s", {"y": 1}),
    ("%5%", ()),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
