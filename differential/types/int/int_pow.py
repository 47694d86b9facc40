# ** and pow() on ints: negative exponents, modulus forms, modular inverses and errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for b in [0, 1, -1, 2, -2, 3, 10, -10, 2 ** 64, True, False]:
    for e in [0, 1, 2, 3, 10, 63, 64, -1, -2, -3]:
        t(f"{b!r} ** {e}", lambda: b ** e)
t("0 ** -1", lambda: 0 ** -1)
t("0 ** -2", lambda: pow(0, -2))
t("big neg", lambda: 10 ** -400)
t("big base neg", lambda: (10 ** 400) ** -1)
t("big base neg2", lambda: (2 ** 2000) ** -2)
t("float res", lambda: 2 ** -1074)
t("float res small", lambda: 2 ** -1075)
for args in [(3, 2, 5), (3, 2, -5), (-3, 3, 7), (-3, 3, -7), (5, 0, 7), (5, 0, 1), (5, 0, -1),
             (0, 0, 5), (2, -1, 7), (3, -1, -7), (-2, -3, 11), (2, -1, 1), (2, -2, 5),
             (2, -1, 4), (6, -1, 9), (0, -1, 5), (0, -1, 1), (4, 5, 0), (2, 100, 10 ** 9 + 7),
             (10 ** 30, 10 ** 30, 10 ** 9 + 7), (7, -(10 ** 20), 13), (True, True, 2),
             (2, 3, True), (2, 3, False), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5),
             (2, 3, None), (1j, 2, 3), (2, 3, [5]), (12, -1, 18)]:
    t(f"pow{args!r}", lambda: pow(*args))
t("kw", lambda: pow(base=2, exp=10, mod=1000))
t("kw exp", lambda: pow(2, exp=5))
t("missing", lambda: pow(2))
t("bad kw", lambda: pow(2, 3, modulo=5))
t("str", lambda: "2" ** 2)
t("none", lambda: 2 ** None)
t("list", lambda: [2] ** 2)
x = 3
x **= 4
print(x, 2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 2 ** -1 ** 2)
print(len(str(7 ** 1000)), 3 ** 200 % 1000, pow(3, 200) == 3 ** 200)
