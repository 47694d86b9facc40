# Methods taken from the number types themselves: int.bit_length(x), map(int.bit_length, ...),
# float.fromhex, and the errors for missing or mistyped receivers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(int.bit_length(255), int.bit_count(7), int.conjugate(-3), int.is_integer(2))
print(int.as_integer_ratio(True), bool.bit_length(True), float.is_integer(2.0),
      complex.conjugate(1j), float.as_integer_ratio(0.5), float.hex(1.0))
print(int.bit_length, bool.bit_length, float.hex, complex.conjugate)
print(int.bit_length.__name__, int.bit_length.__qualname__, callable(int.bit_length))
t("unbound", lambda: int.bit_length())
t("wrong", lambda: int.bit_length("x"))
t("wrong float", lambda: float.hex(1))
t("wrong complex", lambda: complex.conjugate(1.5))
t("bool on int", lambda: bool.bit_length(5))
t("int on bool", lambda: int.bit_length(True))
t("extra", lambda: int.bit_length(5, 6))
print(float.fromhex("0x1p3"), (2.5).fromhex("0x1p-1"), float.fromhex("-0X1.8P1"))
print(list(map(int.bit_length, [1, 2, 3, 1000])), sorted([3, -5, 2], key=int.bit_length))
print(list(map(float.is_integer, [1.0, 1.5])), max([1 + 1j, 3j], key=abs))
t("missing", lambda: int.nope)
t("missing float", lambda: float.fromhexx)
t("set", lambda: setattr(int, "bit_length", 1))
f = int.bit_count
print(f(255), f(-1), f(2 ** 100 - 1))
