# Methods and attributes of int and float.
for n in (0, 1, -5, 255, 2 ** 100, -(2 ** 100) - 1, True):
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(), n.is_integer(),
          n.real, n.imag, n.numerator, n.denominator)
for x in (0.75, -2.5, -0.0, 1e300, 5e-324, 0.1, 2.0, 1.5):
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
for x in (float("inf"), float("-inf"), float("nan")):
    print(x.hex(), x.is_integer())
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2),
      round(True), round(2.5, 0), round(1.5, None), round(-1e300, -300))
print(divmod(7, -2), divmod(-7.5, 2), divmod(2 ** 70, 7), divmod(True, 2))
print(pow(2, 10, 7), pow(2, -1, 7), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, -7))
print(hex(-255), bin(-5), oct(8), hex(2 ** 70))
print(int("0x1f", 16), int(" -0b101 ", 0), int("1_000"), int("٣"), int(-3.9), int(1e20))
print(float(" -inf "), float("1_000.5"), float(True), float(2 ** 70))
