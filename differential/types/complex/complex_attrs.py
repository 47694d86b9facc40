# .real, .imag, .conjugate(), abs(), bool(), type checks and conversions of complex.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


inf = float("inf")
nan = float("nan")
for z in [0j, 1 + 2j, -3.5j, complex(-0.0, 0.0), complex(inf, nan), complex(nan, -inf),
          complex(3, 4), complex(1e308, 1e308), complex(5e-324, 5e-324), complex(nan, 1)]:
    print(repr(z), z.real, z.imag, repr(z.conjugate()), bool(z), not z)
    t("abs", lambda: abs(z))
print(type(1j).__name__, isinstance(1j, complex), isinstance(1, complex), isinstance(1.0, complex))
print(type((1j).real).__name__, type((1j).conjugate()).__name__)
print((5).real, (5).imag, (2.5).imag, True.imag)
t("int", lambda: int(1j))
t("float", lambda: float(1j))
t("round", lambda: round(1j))
t("round2", lambda: round(1j, 2))
t("divmod", lambda: divmod(1j, 2))
t("divmod", lambda: divmod(2, 1j))
t("floordiv", lambda: 1j // 2)
t("floordiv", lambda: 2.0 // 1j)
t("mod", lambda: 1j % 2)
t("mod", lambda: 5 % (1 + 1j))
t("lshift", lambda: 1j << 1)
t("and", lambda: 1j & 1)
t("xor", lambda: 1 ^ 1j)
t("neg", lambda: -(1 + 1j))
t("attr", lambda: (1j).foo)
t("setattr", lambda: setattr(1j, "real", 2))
t("conj args", lambda: (1j).conjugate(1))
pair = [1, 2]
imag_unit = 1j
t("index", lambda: pair[imag_unit])
t("range", lambda: range(1j))
t("hex", lambda: hex(1j))
t("mul seq", lambda: [1] * 1j)
t("str mul", lambda: "ab" * (1 + 0j))
t("bool ctor", lambda: bool(0j))
t("str", lambda: str(2 + 0j))
t("len", lambda: len(1j))
t("iter", lambda: iter(1j))
t("call", lambda: imag_unit())
t("hasattr", lambda: (hasattr(1j, "real"), hasattr(1j, "imag"), hasattr(1j, "numerator")))
t("getattr", lambda: getattr(2 - 1j, "imag"))
print(complex.__name__, repr(complex), type(complex(1)) is complex)
