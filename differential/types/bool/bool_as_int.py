# Bools wherever ints are expected: indices, counts, range bounds, shifts, bases, repetition,
# dict/set keys that collide with 0 and 1, and int-only builtins.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


data = [10, 20, 30]
print(data[True], data[False], data[-True], "xyz"[True:], (1, 2, 3)[::True + True])
print(list(range(True, 5, True + True)), "ab" * True, [0] * False, True * [1, 2])
print(hex(True), oct(False), bin(True), chr(65 + True), int("11", base=2 + True))
print(divmod(True, True), pow(True, 10), pow(2, True, 3), round(2.567, True), abs(-True))
print(1 << True, 8 >> True, True << 3, -True, +False, True / 2, True // 2, True % 2)
d = {0: "zero", 1: "one"}
print(d[False], d[True], {False: 1}.get(0), {True, 1, 1.0}, {0, False, -0.0})
print(sum([True] * 10), max(False, -1), min(True, 0.5), sorted([True, 0, -1, False]))
print(True.__class__, isinstance(False, int), True + 0j, True == 1 + 0j)
t("str + bool", lambda: "a" + True)
t("bool + str", lambda: True + "a")
t("bool + none", lambda: False + None)
t("list[bool] big", lambda: [][True])
t("int base bool", lambda: int("1", True))
t("bool ** -1", lambda: True ** -1)
t("False ** -1", lambda: False ** -1)
t("divmod 0", lambda: divmod(True, False))
t("mod 0", lambda: True % False)
t("truediv 0", lambda: True / False)
t("float 0", lambda: 1.5 / False)
t("complex 0", lambda: 1j / False)
