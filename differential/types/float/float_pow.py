# ** with float operands: special values, overflow, zero to negative powers, negative bases
# with fractional exponents (a complex result), and pow() with three arguments.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


inf = float("inf")
nan = float("nan")
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, inf, -inf, nan, 1e308, -8, 3]
exps = [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, 1 / 3, 2.5, 1e308, -1e308, inf, -inf,
        nan, 1024.0, -1075.0, 2, -3]
for b in bases:
    for e in exps:
        t(f"{b!r} ** {e!r}", lambda: b ** e)
t("ovf", lambda: 10.0 ** 400)
t("ovf neg", lambda: (-10.0) ** 401)
t("ovf int", lambda: 2.0 ** (2 ** 20))
t("int exp huge", lambda: 1.0000001 ** (10 ** 30))
t("int exp too big", lambda: 2.0 ** (10 ** 400))
t("int base too big", lambda: (10 ** 400) ** 0.5)
t("pow3", lambda: pow(2.0, 3, 5))
t("pow2", lambda: pow(-8.0, 1 / 3))
t("pow none", lambda: pow(2.5, 2, None))
t("zero neg", lambda: 0.0 ** -1)
t("zero neg int", lambda: 0 ** -1.0)
t("zero neg inf", lambda: 0.0 ** -inf)
t("neg frac", lambda: (-1.0) ** 0.5)
t("neg frac int", lambda: (-27) ** (1 / 3))
t("neg frac big", lambda: (-2.0) ** 1025.5)
x = 2.0
x **= 0.5
print(x, 2 ** 0.5 == x, 4 ** 0.5, 8 ** (1 / 3), 10 ** -1, 10.0 ** -1, 2 ** -1.0)
