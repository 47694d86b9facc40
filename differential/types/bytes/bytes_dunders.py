# bytes' special methods: concatenation with buffers, repetition, %
# formatting, comparisons that leave bytearray to bytearray, __bytes__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = b"abc"
t("len", lambda: (b.__len__(), b"".__len__()))
t("getitem", lambda: (b.__getitem__(0), b.__getitem__(-1), b.__getitem__(slice(1, None))))
t("getitem range", lambda: b.__getitem__(3))
t("contains", lambda: (b.__contains__(97), b.__contains__(b"bc"), b.__contains__(bytearray(b"c"))))
t("contains range", lambda: b.__contains__(256))
t("contains str", lambda: b.__contains__("a"))
t("iter", lambda: (list(b.__iter__()), type(b.__iter__()).__name__))
t("add", lambda: (b.__add__(b"d"), b.__add__(bytearray(b"e")), b.__add__(memoryview(b"f"))))
t("add str", lambda: b.__add__("d"))
t("add int", lambda: b.__add__(1))
t("mul", lambda: (b"ab".__mul__(2), b"ab".__rmul__(0), b"ab".__mul__(True)))
t("mul float", lambda: b"ab".__mul__(2.0))
t("mod", lambda: (b"%d-%s".__mod__((1, b"x")), b"%c".__mod__(65), b"%%".__mod__(())))
t("mod str arg", lambda: b"%s".__mod__("x"))
t("rmod", lambda: (b"x".__rmod__(b"%s!"), b"x".__rmod__("%s"), b"x".__rmod__(5)))
for other in [b"abc", b"abd", bytearray(b"abc"), memoryview(b"abc"), "abc", 1]:
    print(type(other).__name__, [getattr(b, n)(other) for n in ["__eq__", "__ne__", "__lt__", "__ge__"]])
t("ops agree", lambda: (b == bytearray(b"abc"), b < bytearray(b"abd"), bytearray(b"a") == b"a"))
t("hash", lambda: (b.__hash__() == hash(b), b"".__hash__()))
t("bytes", lambda: (b.__bytes__(), b.__bytes__() is b, b.__getnewargs__()))
t("repr", lambda: (b.__repr__(), b"\x00'\"".__repr__(), b.__str__()))
t("unbound", lambda: bytes.__len__(b"xy"))
t("unbound wrong", lambda: bytes.__len__(bytearray(b"xy")))
t("no setitem", lambda: b.__setitem__)
