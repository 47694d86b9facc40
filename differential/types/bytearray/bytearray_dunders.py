# bytearray's special methods: mutation through __setitem__/__delitem__,
# __iadd__/__imul__ in place, comparisons with any buffer, unhashable.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = bytearray(b"hello")
alias = a
t("setitem", lambda: (a.__setitem__(0, 72), a))
t("setitem slice", lambda: (a.__setitem__(slice(1, 3), b"EE"), a))
t("setitem big", lambda: a.__setitem__(0, 256))
t("setitem type", lambda: a.__setitem__(0, b"x"))
t("setitem range", lambda: a.__setitem__(10, 1))
t("delitem", lambda: (a.__delitem__(-1), a))
t("delitem slice", lambda: (a.__delitem__(slice(None, None, 2)), a))
t("iadd", lambda: (a.__iadd__(b"xy"), a.__iadd__(memoryview(b"z")), alias is a))
t("iadd str", lambda: a.__iadd__("s"))
t("iadd list", lambda: a.__iadd__([1]))
t("imul", lambda: (bytearray(b"ab").__imul__(2), bytearray(b"ab").__imul__(-1)))
t("imul float", lambda: bytearray(b"ab").__imul__(1.5))
t("add", lambda: (bytearray(b"a").__add__(b"b"), bytearray(b"a").__mul__(3)))
t("mod", lambda: (bytearray(b"%s").__mod__(b"x"), bytearray(b"x").__rmod__(bytearray(b"%s"))))
t("rmod bytes", lambda: bytearray(b"x").__rmod__(b"%s"))
for other in [b"abc", bytearray(b"abd"), memoryview(b"ab"), "abc", [97]]:
    print(type(other).__name__, [getattr(bytearray(b"abc"), n)(other) for n in
                        ["__eq__", "__ne__", "__lt__", "__ge__"]])
t("hash", lambda: (a.__hash__, bytearray.__hash__))
t("hash call", lambda: a.__hash__())
t("len iter", lambda: (a.__len__(), list(a.__iter__())[:3], type(a.__iter__()).__name__))
t("contains", lambda: (a.__contains__(72), a.__contains__(b"Hz"), a.__contains__(b"")))
t("unbound", lambda: bytearray.__len__(bytearray(b"ab")))
t("unbound wrong", lambda: bytearray.__iadd__(b"a", b"b"))
t("repr", lambda: (bytearray(b"a'").__repr__(), bytearray().__str__()))
