# str's comparisons, hash, repr/str and __format__/__mod__ special methods,
# with NotImplemented for non-str operands.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for other in ["abc", "abd", "ab", "", "ABC", b"abc", 1, None, ["abc"]]:
    print(repr(other), [getattr("abc", n)(other) for n in
                        ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]])
t("hash", lambda: ("abc".__hash__() == hash("abc"), "".__hash__()))
t("repr", lambda: ("a'b".__repr__(), 'a"b\n'.__repr__(), "é\x00".__repr__(), "x".__str__()))
t("format", lambda: ["ab".__format__(">5"), "ab".__format__("*^6"), "abcdef".__format__(".2"),
                     "ab".__format__(""), "ab".__format__("s")])
t("format bad", lambda: "ab".__format__("d"))
t("format sign", lambda: "ab".__format__("+"))
t("format eq align", lambda: "ab".__format__("=5"))
t("format arg", lambda: "ab".__format__(5))
t("mod", lambda: ("%s-%d".__mod__(("a", 3)), "%r".__mod__("x"), "%%".__mod__(())))
t("mod missing", lambda: "%s %s".__mod__("a"))
t("mod extra", lambda: "x".__mod__(1))
t("rmod", lambda: ("x".__rmod__(5), "%s!".__rmod__("x"), "a".__rmod__("%s%s")))
t("getnewargs", lambda: "ab".__getnewargs__())
t("unbound", lambda: str.__lt__("a", "b"))
t("unbound wrong", lambda: str.__lt__(1, "b"))
t("unbound format", lambda: str.__format__(1, ""))
t("lt int", lambda: "a" < 1)
print(sorted(["b", "A", "a"], key=str.__len__), max(["x", "yy"], key=str.__len__))
