# slice.indices(n): clamping for every start/stop/step shape, big values, and the errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [None, 0, 1, 3, -1, -3, 10, -10, 2 ** 70, -(2 ** 70)]
steps = [None, 1, 2, -1, -3, 2 ** 70, -(2 ** 70)]
for n in [0, 1, 5]:
    for a in vals:
        for b in vals:
            for c in steps:
                r = slice(a, b, c).indices(n)
                assert range(*r) == range(n)[a:b:c]
                print(n, a, b, c, r)
t("zero step", lambda: slice(1, 2, 0).indices(5))
t("neg length", lambda: slice(1).indices(-1))
t("float length", lambda: slice(1).indices(2.0))
t("str bound", lambda: slice("a").indices(3))
t("float bound", lambda: slice(1.5, 2).indices(3))
t("float step", lambda: slice(1, 2, 0.5).indices(3))
t("big length", lambda: slice(None).indices(2 ** 100))
t("big length2", lambda: slice(-1, None, -2).indices(2 ** 70))
t("bool length", lambda: slice(None).indices(True))
t("no args", lambda: slice(1).indices())
t("two args", lambda: slice(1).indices(1, 2))
t("bool bounds", lambda: slice(True, None, True).indices(4))
