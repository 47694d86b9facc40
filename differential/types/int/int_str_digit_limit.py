# sys.get_int_max_str_digits / set_int_max_str_digits and the limit on int <-> str
# conversions it controls (power-of-two bases are never limited).
import sys


def t(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, int) or r < 10 ** 50 else len(str(r)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sys.get_int_max_str_digits())
t("639", lambda: sys.set_int_max_str_digits(639))
t("-1", lambda: sys.set_int_max_str_digits(-1))
t("str", lambda: sys.set_int_max_str_digits("5"))
t("huge", lambda: sys.set_int_max_str_digits(2 ** 40))
t("missing", lambda: sys.set_int_max_str_digits())
t("float", lambda: sys.set_int_max_str_digits(1.5))
t("get arg", lambda: sys.get_int_max_str_digits(1))
t("kw", lambda: sys.set_int_max_str_digits(maxdigits=640))
print(sys.get_int_max_str_digits())
t("str 640", lambda: len(str(10 ** 639)))
t("str 641", lambda: str(10 ** 640))
t("repr 641", lambda: repr(-(10 ** 640)))
t("fstring", lambda: f"{10 ** 700}")
t("format d", lambda: format(10 ** 700, "d"))
t("format ,", lambda: format(10 ** 700, ","))
t("percent", lambda: "%d" % 10 ** 700)
t("hex ok", lambda: len(hex(10 ** 700)))
t("parse 640", lambda: int("7" * 640))
t("parse 641", lambda: int("7" * 641))
t("parse base 16", lambda: int("f" * 2000, 16))
t("parse base 36", lambda: int("z" * 641, 36))
t("parse underscores", lambda: int("1_" * 640 + "1"))
t("1000", lambda: sys.set_int_max_str_digits(1000))
t("str 1000", lambda: len(str(10 ** 999)))
t("str 1001", lambda: str(10 ** 1000))
t("zero", lambda: sys.set_int_max_str_digits(0))
t("unlimited", lambda: len(str(10 ** 20000)))
t("unlimited parse", lambda: int("9" * 20000) % 1000)
t("back", lambda: sys.set_int_max_str_digits(4300))
t("str 4301", lambda: str(10 ** 4300))
