# int's unary and conversion special methods: __neg__ __pos__ __abs__
# __invert__ __bool__ __int__ __float__ __index__ __trunc__ __floor__
# __ceil__ __round__ __hash__ __repr__ __str__ __getnewargs__ __format__.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 5, -5, True, False, 2 ** 64, -(2 ** 64) - 1, 2 ** 47 - 1, -2 ** 47]:
    print(repr(n), n.__neg__(), n.__pos__(), n.__abs__(), n.__bool__(),
          n.__int__(), n.__float__(), n.__index__(), n.__trunc__(), n.__floor__(),
          n.__ceil__(), n.__round__(), n.__round__(-1), n.__hash__() == hash(n),
          n.__repr__(), n.__str__(), n.__getnewargs__())
    print(type(n.__pos__()).__name__, type(n.__int__()).__name__, type(n.__round__()).__name__,
          type(n.__trunc__()).__name__, type(n.__index__()).__name__)
t("invert", lambda: [n.__invert__() for n in [0, 5, -5, 2 ** 64, -(2 ** 64) - 1]])
t("round ndigits", lambda: [(1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2),
                            (-1250).__round__(-2), (5).__round__(3), (5).__round__(True)])
t("round None", lambda: (5).__round__(None))
t("round float ndigits", lambda: (5).__round__(1.5))
t("round too many", lambda: (5).__round__(1, 2))
t("round keyword", lambda: (5).__round__(ndigits=1))
t("hash -1", lambda: (-1).__hash__())
t("float overflow", lambda: (2 ** 1024).__float__())
t("neg args", lambda: (1).__neg__(1))
t("floor args", lambda: (1).__floor__(1))
t("format", lambda: [(255).__format__("x"), (255).__format__("#010b"), (-3).__format__("+05"),
                     (1234567).__format__(","), (10).__format__(""), True.__format__("d"),
                     True.__format__("")])
t("format bad", lambda: (1).__format__("s"))
t("format type", lambda: (1).__format__(None))
t("format count", lambda: (1).__format__())
t("unbound round wrong", lambda: int.__round__("a"))
t("unbound round none", lambda: int.__round__())
t("unbound neg", lambda: int.__neg__(2.5))
