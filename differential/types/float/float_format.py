# format() specs for floats: every type, alternate forms, zero padding with signs, z, grouping.
def t(x, spec):
    try:
        print(repr(x), repr(spec), repr(format(x, spec)))
    except Exception as e:
        print(repr(x), repr(spec), type(e).__name__, e)


specs = ["", "f", ".0f", "#.0f", ".2f", "10.3f", "-10.3f", "+.1f", " .1f", "010.2f", "+010.2f",
         "-010.2f", " 010.2f", "=+10.2f", "*^12.3f", "<10", ">10", "^10", "e", ".0e", "#.0e",
         ".3E", "g", ".0g", ".1g", "#g", "#.3g", ".10g", "G", "n", ".3n", "%", ".1%", "#.0%",
         ",", ",.2f", "_.3f", "015,.2f", "020_.2f", ",g", ".2", ".12", "#", "#.2", "z", "z.1f",
         "z.0f", "+z.2f", "z.2e", "z%", "zg", ".0", "d", "x", "c", "s", ".3s", "=", "0", "010",
         "08.3", "#010.0f", "+e", ".100e", ".30f", ".20g", "#x"]
for x in [0.0, -0.0, 1.5, -1.5, 2.5, 0.125, 1234567.891, -0.001234, 1e-10, 1e16, 1e22, 123.0,
          float("inf"), float("-inf"), float("nan"), -0.0004, 0.5, 9.9999]:
    for spec in specs:
        t(x, spec)
t(1.5, "..2f")
t(1.5, ".f")
t(1.5, "10.2ff")
t(1.5, ",_f")
t(1.5, "_,f")
t(1.5, ".2147483648f")
print(f"{3.14159:.2f} {2.5:08.3f} {-2.5:+08.3f} {1e6:,.1f} {0.25:%} {-0.0:z.3f} {1/3:.5}")
