# float.hex() and float.fromhex(): round trips, rounding, subnormals, overflow and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 2.0, 3.0, 0.5, 1e300, -1e-300, 5e-324, 1e-310,
          2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 123.456,
          float("inf"), float("-inf"), float("nan")]:
    h = x.hex()
    print(repr(x), h, repr(float.fromhex(h)))
for s in ["0x1p0", "0x1.8p1", "-0x1p-1", "0X1P+3", "0x.8p0", "0x1.p0", "1p0", "0x1", "1",
          "ff", "0xffp0", "  0x1p1  ", "+0x1p1", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
          "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076",
          "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
          "inf", "-Infinity", "nan", "-NaN", "iNf", "0x", "0xp1", "0x1p", "0x1p+", "x1p0",
          "0x1.2.3", "", " ", "0x1_0p0", "0x1 p0", "0x1p0 x", "1e3", "0x0p0", "-0x0p0",
          "0x0.0000000000001p-1022", "0x1.0p-1022", "0x10000000000000000000000p0",
          "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x.000000000000000000001p1",
          "0x1\x00", "0xg", "١", "\u20000x1p0"]:
    t(repr(s), lambda: float.fromhex(s))
t("fromhex int", lambda: float.fromhex(1))
t("fromhex none", lambda: float.fromhex())
t("hex args", lambda: (1.5).hex(1))
f = float.fromhex
print(f("0x1.921fb54442d18p+1"), (3.141592653589793).hex(), float.fromhex((0.1).hex()) == 0.1)
print([float.fromhex(x.hex()) == x for x in (1 / 3, 2 / 3, 1e-320, 7e22)])
