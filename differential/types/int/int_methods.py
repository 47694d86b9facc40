# Methods and numeric attributes of int, bool and big ints.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [0, 1, -1, 2, -2, 7, -8, 255, 256, -256, 2 ** 31 - 1, -2 ** 31, 2 ** 47 - 1, -2 ** 47,
          2 ** 47, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 2 ** 100, -(2 ** 100) - 1, 10 ** 50 + 12345,
          True, False]
for n in values:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.is_integer(),
          n.real, n.imag, n.numerator, n.denominator)
    print(type(n.real).__name__, type(n.conjugate()).__name__, type(n.numerator).__name__,
          type(n.as_integer_ratio()[0]).__name__)
t("bit_length arg", lambda: (5).bit_length(2))
t("bit_count kw", lambda: (5).bit_count(x=1))
t("ratio arg", lambda: (5).as_integer_ratio(1))
t("is_integer arg", lambda: (5).is_integer(1))
t("conjugate arg", lambda: (5).conjugate(1))
t("no attr", lambda: (5).foo)
t("no attr big", lambda: (2 ** 70).bar)
t("no attr bool", lambda: True.baz)
t("set real", lambda: setattr(5, "real", 1))
t("set new", lambda: setattr(5, "new", 1))
t("del", lambda: delattr(5, "real"))
m = (12).bit_length
print(m(), (2 ** 1000).bit_length(), (-(2 ** 1000)).bit_length(), (2 ** 1000 - 1).bit_count())
print([k.bit_length() for k in range(-10, 11)])
print([k.bit_count() for k in range(-10, 11)])
