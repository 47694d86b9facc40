# bool(): truth of every builtin kind, repr/str/format of bools, bool as int and its errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for v in [0, 1, -1, 2 ** 100, 0.0, -0.0, 0.1, float("nan"), 0j, 1j, complex(0, -0.0), "", " ",
          "False", [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), None, range(0),
          range(1), range(5, 5), slice(0), True, False]:
    print(repr(v), bool(v), not v, bool(v) is (not not v))
t("no args", lambda: bool())
t("two args", lambda: bool(1, 2))
t("kw", lambda: bool(x=1))
print(repr(True), str(False), f"{True}", f"{False!r}", format(True), format(True, "d"),
      format(True, ">6"), format(False, "^7"), format(True, "x"), format(True, ".2f"),
      "%s %r %d %i %x %f" % (True, False, True, False, True, True))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(),
      type(True.real).__name__, True.bit_length(), False.as_integer_ratio())
print(isinstance(True, int), isinstance(True, bool), issubclass(bool, int), type(True) is bool,
      bool.__name__, type(False))
print(int(True), float(False), complex(True), str(True) + "!", hex(True), bin(False), oct(True))
print(sorted([True, False, 0, 1, 0.5]), [True, 2, False].index(False), [1, True].count(True))
print({True: "a", 1: "b", 1.0: "c"}, {False, 0, 0.0, 0j}, len({True, 1}), True in {1})
print(repr(True + True), repr(True * 3.0), True < 2, False > -1, True == 1.0, False != 0j)
flag = True
t("call", lambda: flag())
t("len", lambda: len(False))
t("iter", lambda: iter(True))
t("attr", lambda: True.nope)
t("setattr", lambda: setattr(True, "real", 0))
t("setattr method", lambda: setattr(True, "bit_length", 0))
t("setattr new", lambda: setattr(False, "x", 0))
