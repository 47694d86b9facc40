# printf-style %-formatting of floats: e f g conversions, flags, widths, precisions, errors.
fmts = ["%f", "%.0f", "%#.0f", "%.2f", "%10.3f", "%-10.3f|", "%+f", "% f", "%010.2f",
        "%+010.2f", "%-+10.2f|", "%e", "%.0e", "%#.0e", "%E", "%g", "%#g", "%.3g", "%G", "%.0g",
        "%#.3g", "%r", "%s", "%a", "%5.1f%%", "%.10g", "%.20f", "%.17g", "%*.*f", "%d", "%i",
        "%x", "%c"]
for x in [0.0, -0.0, 1.5, -2.5, 1234567.891, 1e-10, 1e22, 0.1, 123.0, float("inf"),
          float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308, 2.675, 7]:
    for f in fmts:
        try:
            if f == "%*.*f":
                print(f, repr(f % (12, 3, x)))
            else:
                print(f, repr(f % x))
        except Exception as e:
            print(f, repr(x), type(e).__name__, e)
print("%(a).2f and %(b)e" % {"a": 3.14159, "b": 1e5})
print("%s %s %s" % (1.0, 1e16, -0.0), "%.3s" % 3.14159, "%5s|%-8r|" % (0.5, 0.25))
for bad in [("%f", "x"), ("%f", None), ("%e", [1]), ("%g", 1j), ("%d", float("inf")),
            ("%d", float("nan")), ("%x", 2.0), ("%c", 65.0), ("%.f", 1.5), ("%f %f", 1.0)]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(bad[0], type(e).__name__, e)
