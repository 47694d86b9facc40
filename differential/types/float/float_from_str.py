# float(str): signs, underscores, whitespace, inf/nan spellings, Unicode digits and errors.
def t(s):
    try:
        print(repr(s)[:50], repr(float(s)))
    except Exception as e:
        print(repr(s)[:50], type(e).__name__, str(e)[:80])


for s in ["0", "-0", "+0.0", "1", "1.", ".5", "-.5", "1e5", "1E5", "1e+5", "1e-5", "1.5e3",
          "  2.5  ", "\t\n3.25\x0b\x0c\r", "1_000.000_1", "1_0e1_0", "1__0", "_1", "1_", "1._5",
          "1_.5", "1e_5", "1e5_", "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "infinit",
          "nan", "-nan", "+NaN", "nan(1)", "nanx", "in f", "1e", "1e+", "e5", ".", "-", "+", "",
          " ", "1 2", "1.2.3", "0x1p3", "1,5", "١٫٥", "١.٥", "１.５", "\u20031.5\u3000", "1e400",
          "-1e400", "1e-400", "-1e-400", "4.9e-324", "2.5e-324", "2.4703282292062328e-324",
          "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
          "0.1000000000000000055511151231257827", "123456789012345678901234567890",
          "9" * 400, "0." + "0" * 400 + "1", "1\x00", "∞", "1e5 j", "−1", "1d5", "0e0", "00.00"]:
    t(s)
for x in [1, -1, 0, 2 ** 63, True, 1.5]:
    print(repr(float(x)))
for bad in [None, [1], "1j", 1j, (1,)]:
    try:
        float(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    float(1, 2)
except TypeError as e:
    print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)
print(float(), float("  -0.0  "), -float("0"))
