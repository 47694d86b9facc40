# ** with complex operands: the integer-exponent algorithm, the general one, and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


bases = [1 + 2j, 2j, -1j, 0.5 - 0.5j, 0j, 1 + 0j, -2 + 0j, complex(1e200, 1e200), 3, -8, 2.5, -0.5]
exps = [0, 1, 2, 3, -1, -2, 10, 100, 101, -100, 0.5, -0.5, 1j, 2 + 3j, 0j, 2.0, -3.0,
        1e-3j, 100.0, 100.5, -101]
for x in bases:
    for y in exps:
        t(f"{x!r} ** {y!r} =", lambda: x ** y)
t("zero neg", lambda: 0j ** -1)
t("zero neg", lambda: 0j ** -2.5)
t("zero cplx", lambda: 0j ** 1j)
t("zero cplx", lambda: 0j ** (1 + 1j))
t("zero pos", lambda: 0j ** 2.5)
t("zero zero", lambda: 0j ** 0j)
t("overflow", lambda: (1e200 + 1e200j) ** 2)
t("overflow", lambda: (10 + 10j) ** 1000)
t("overflow", lambda: (10 + 10j) ** 1000.5)
t("overflow", lambda: complex(float("inf"), 0) ** 2)
t("underflow", lambda: (0.1 + 0.1j) ** 500)
t("pow3", lambda: pow(1j, 2, 3))
t("pow3", lambda: pow(2, 1j, 3))
t("pow2", lambda: pow(1j, 2))
t("pow none", lambda: pow(1j, 2, None))
t("bigexp", lambda: (1 + 1j) ** (2 ** 1100))
t("int**c", lambda: 2 ** (1 + 1j))
t("float**c", lambda: 0.5 ** 1j)
print((-8) ** (1 / 3))
print((-1) ** 0.5, (-2.0) ** 1.5, (-1.5) ** -0.5, (-8.0) ** (2 / 3))
print(type((-8) ** 0.5).__name__, (-4) ** 0.5)
t("neg frac big", lambda: (-1e300) ** 1.5)
t("neg frac int big", lambda: (-(2 ** 1100)) ** 0.5)
x = 1j
x **= 2
print(x)
t("pow3 slot 1", lambda: pow(2, 3, 1j))
t("pow3 slot 2", lambda: pow(2.0, 3, 1j))
t("pow3 slot 3", lambda: pow(1j, 2.0, 5))
t("pow3 slot 4", lambda: pow("a", 2, 1j))
t("pow3 slot 5", lambda: pow("a", 2.0, 5))
t("pow3 slot 6", lambda: pow(2, "a", 1j))
t("pow3 slot 7", lambda: pow(2 ** 2000, 2, 1j))
t("pow3 slot 8", lambda: pow(1j, "a", 5))
t("pow3 slot 9", lambda: pow(None, None, None))
t("pow3 slot 10", lambda: pow(True, 2, 1.5))
t("pow3 slot 11", lambda: pow([], 2, 3))
