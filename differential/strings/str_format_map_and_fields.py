# str.format field names, conversions, nested specs and format_map.
data = {"name": "Ada", "langs": ["py", "rs"], "n": 3}
print("{name} knows {langs[1]} and {n:>4}".format_map(data))
print("{0[langs][0]!r:^8}|{0[n]:03d}".format(data))
print("{:{}} {}".format("x", 3, "y"), "{:>{w}.{p}f}".format(3.14159, w=9, p=3))
print("{0:{1}{2}}".format("x", ">", 4), "{{{}}}".format(1), "}}{{".format())
print("{.real} {[0]} {0.imag}".format(3, [7]))
print("{!a} {!s:>5} {!r:<6}|".format("é", 1, "ab"))
print("{0:,} {0:_x} {1:%} {1:e}".format(1234567, 0.25))


def attempt(code):
    try:
        if code == 0:
            r = "{} {}".format(1)
        elif code == 1:
            r = "{0} {}".format(1, 2)
        elif code == 2:
            r = "{} {0}".format(1, 2)
        elif code == 3:
            r = "}".format()
        elif code == 4:
            r = "{".format()
        elif code == 5:
            r = "{0!x}".format(1)
        elif code == 6:
            r = "{0!}".format(1)
        elif code == 7:
            r = "{0:".format(1)
        elif code == 8:
            r = "{0".format(1)
        elif code == 9:
            r = "{a}".format()
        elif code == 10:
            r = "{0[x]}".format([1])
        elif code == 11:
            r = "{0.}".format(5)
        elif code == 12:
            r = "{0[0]x}".format([1])
        elif code == 13:
            r = "{:{:{}}}".format(1, 2, 3)
        elif code == 14:
            r = "{0:{{}}}".format(1)
        elif code == 15:
            r = "{x.y}".format(x=1)
        elif code == 16:
            r = "{0}".format_map(data)
        elif code == 17:
            r = "{}".format_map(data)
        else:
            r = "{missing}".format_map(data)
        print(repr(r))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(code, type(e).__name__, e)


for code in range(19):
    attempt(code)
