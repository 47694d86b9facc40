# str's sequence special methods: __len__ __getitem__ __contains__ __iter__
# __add__ __mul__ __rmul__, with the operators' error messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "héllo"
t("len", lambda: (s.__len__(), "".__len__(), str.__len__("ab")))
t("getitem", lambda: (s.__getitem__(1), s.__getitem__(-1), s.__getitem__(slice(1, 4)),
                      s.__getitem__(slice(None, None, -2)), s.__getitem__(True)))
t("getitem range", lambda: s.__getitem__(10))
t("getitem str", lambda: s.__getitem__("a"))
t("getitem float", lambda: s.__getitem__(1.0))
t("contains", lambda: (s.__contains__("ll"), s.__contains__(""), s.__contains__("x")))
t("contains int", lambda: s.__contains__(1))
t("iter", lambda: list(s.__iter__()))
t("iter type", lambda: type(s.__iter__()).__name__)
t("add", lambda: s.__add__("!"))
t("add int", lambda: s.__add__(1))
t("add bytes", lambda: s.__add__(b"x"))
t("no radd", lambda: s.__radd__)
t("mul", lambda: ("ab".__mul__(3), "ab".__rmul__(2), "ab".__mul__(0), "ab".__mul__(-5),
                  "ab".__mul__(True)))
t("mul float", lambda: "ab".__mul__(2.0))
t("mul str", lambda: "ab".__mul__("2"))
t("mul huge", lambda: "ab".__mul__(2 ** 100))
t("rmul op", lambda: 3 * "ab")
t("unbound", lambda: str.__getitem__("xyz", 0))
t("unbound wrong", lambda: str.__len__(b"abc"))
t("unbound none", lambda: str.__contains__())
t("args", lambda: s.__len__(1))
t("args2", lambda: s.__getitem__())
t("no setitem", lambda: s.__setitem__)
