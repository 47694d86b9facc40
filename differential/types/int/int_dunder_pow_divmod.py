# int.__pow__/__rpow__ with and without a modulus, __divmod__/__rdivmod__,
# and where each returns NotImplemented.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


t("pow", lambda: (2).__pow__(10))
t("pow neg", lambda: (2).__pow__(-2))
t("pow zero neg", lambda: (0).__pow__(-1))
t("pow mod", lambda: (2).__pow__(10, 1000))
t("pow mod neg exp", lambda: (3).__pow__(-1, 7))
t("pow mod not invertible", lambda: (2).__pow__(-1, 4))
t("pow mod zero", lambda: (2).__pow__(3, 0))
t("pow mod None", lambda: (2).__pow__(3, None))
t("pow mod float", lambda: (2).__pow__(3, 5.0))
t("pow float", lambda: (2).__pow__(0.5))
t("pow str", lambda: (2).__pow__("3"))
t("rpow", lambda: (3).__rpow__(2))
t("rpow mod", lambda: (2).__rpow__(3, 5))
t("rpow neg", lambda: (-1).__rpow__(2))
t("rpow bool", lambda: True.__rpow__(5))
t("pow big mod", lambda: (7).__pow__(2 ** 100, 2 ** 61 - 1))
t("pow no args", lambda: (2).__pow__())
t("pow too many", lambda: (2).__pow__(1, 2, 3))
t("pow keyword", lambda: (2).__pow__(3, mod=5))
t("unbound pow", lambda: int.__pow__(3, 4, 5))
t("unbound rpow", lambda: int.__rpow__(3, 4, 5))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2 ** 65, 3), (5, True)]:
    t(f"divmod {a} {b}", lambda: (a.__divmod__(b), b.__rdivmod__(a), divmod(a, b)))
t("divmod zero", lambda: (1).__divmod__(0))
t("rdivmod zero", lambda: (0).__rdivmod__(1))
t("divmod float", lambda: (7).__divmod__(2.0))
t("rdivmod float", lambda: (7).__rdivmod__(2.0))
t("divmod str", lambda: (7).__divmod__("2"))
t("divmod args", lambda: (7).__divmod__())
t("operator agrees", lambda: [pow(2, 10, 1000), 2 ** -2, divmod(-7, 2)])
