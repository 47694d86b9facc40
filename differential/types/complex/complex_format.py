# format() and f-string specs for complex numbers, with CPython's errors.
def t(z, spec):
    try:
        print(repr(z), repr(spec), repr(format(z, spec)))
    except Exception as e:
        print(repr(z), repr(spec), type(e).__name__, e)


values = [1 + 2j, -1.5 - 2.25j, 2j, -0j, complex(-0.0, 0.0), 0j, complex(1e20, -1e-20),
          complex(float("inf"), float("nan")), 123456.789 + 0.000123j, complex(-0.0001, -0.0)]
specs = ["", "g", ".2f", "10.3f", "<30", ">30", "^30", "*^30.2e", "+", "+.3", " ", "-",
         ".3", "e", "E", "G", ".0f", "#.0f", "#g", "#", ",", "_.2f", "20,.2f", "n", ".5n",
         "z.1f", "z", "0", "010", "=20", "%", "d", "x", "s", "r", ".100f", "+.1e"]
for z in values:
    for spec in specs:
        t(z, spec)
z = 3 - 4j
print(f"{z}|{z:.1f}|{z:>12}|{z!r:>12}|{z:+.2e}")
print("{:.3g}".format(1 / 3 + 2j / 3), "{0.real} {0.imag}".format(z))
