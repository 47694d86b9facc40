good = ["1", "1.5", " 1.5 ", "-2.25", "+3", "1e5", "1E5", "1e-5", ".5", "5.", "1_000.5", "inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "NaN", "-nan", "  -0.0  ", "1.7976931348623157e308", "1e309", "-1e309", "4.9e-324", "1e-400", "10", "00012.50", "\t7.25\n"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "0x1p3", "in", "nanx", "1 5", "--1", "1e5.0", "١٢"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
print(float(7), float(-0), float(True), float(2 ** 60))
print(float())
try:
    print(float(None))
except TypeError as e:
    print("TypeError", e)
try:
    print(float([1.0]))
except TypeError as e:
    print("TypeError", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError", e)
print(float(10 ** 308))
print(float("3.14159265358979323846264338327950288"))
