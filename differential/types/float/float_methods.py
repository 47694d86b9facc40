# is_integer, as_integer_ratio, conjugate, real and imag of floats, and their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 53, 2.0 ** 53 + 2, 1e16 + 1,
          0.999999999999, 123.0, -7.0, float("inf"), float("-inf"), float("nan")]:
    t(f"{x!r}.is_integer", lambda: x.is_integer())
    t(f"{x!r}.as_integer_ratio", lambda: x.as_integer_ratio())
    t(f"{x!r}.conjugate", lambda: x.conjugate())
    t(f"{x!r}.real/imag", lambda: (x.real, x.imag))
t("args", lambda: (1.5).is_integer(1))
t("args ratio", lambda: (1.5).as_integer_ratio(2))
t("kw", lambda: (1.5).conjugate(x=1))
t("missing", lambda: (1.5).numerator)
t("set", lambda: setattr(1.5, "real", 2))
t("set new", lambda: setattr(1.5, "foo", 2))
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, type((2.5).real).__name__, type((2.5).imag).__name__)
print([k / 4 for k in range(-4, 5) if (k / 4).is_integer()])
