# Iterating strs: iterator types for ASCII and non-ASCII text, explicit
# __iter__/__next__, exhaustion, and reversed iteration.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ["", "abc", "héllo", "日本", "a\U0001F600", "\x7f", "\x80"]:
    it = iter(s)
    print(repr(s), type(it).__name__, type(s.__iter__()).__name__, list(it), list(it))
it = iter("ab")
t("next", lambda: (next(it), next(it)))
t("exhausted", lambda: next(it))
t("default", lambda: next(it, "done"))
t("iter of iter", lambda: (lambda i: iter(i) is i)(iter("xy")))
t("reversed", lambda: (list(reversed("aé日")), type(reversed("ab")).__name__))
t("enumerate", lambda: list(enumerate("é", 5)))
t("zip", lambda: list(zip("ab", "日本語")))
t("unpack", lambda: (lambda a, b, c: (a, b, c))(*"xyz"))
t("sorted", lambda: sorted("héllo"))
t("set", lambda: sorted(set("aabbé")))
t("join iter", lambda: "-".join(iter("日本")))
t("map ord", lambda: list(map(ord, "a\U0001F600")))
