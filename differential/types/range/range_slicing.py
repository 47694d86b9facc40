# Slicing ranges gives ranges: every start/stop/step combination against several ranges.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


bases = [range(10), range(0), range(3, 20, 4), range(20, 3, -4), range(-5, 5),
         range(0, 2 ** 80, 2 ** 70)]
bounds = [None, 0, 1, 3, -1, -3, 100, -100]
steps = [None, 1, 2, -1, -2, 3]
for r in bases:
    for a in bounds:
        for b in bounds:
            for c in steps:
                s = r[a:b:c]
                if len(r) < 1000:
                    assert list(s) == list(r)[a:b:c]
                print(repr(r), a, b, c, repr(s))
t("zero step", lambda: range(10)[::0])
t("float bound", lambda: range(10)[1.5:])
t("str step", lambda: range(10)[::"a"])
t("big bounds", lambda: range(10)[-(2 ** 100):2 ** 100])
t("big step", lambda: range(10)[::2 ** 100])
t("big neg step", lambda: range(10)[::-(2 ** 100)])
t("slice obj", lambda: range(10)[slice(1, None, 3)])
t("bool bounds", lambda: range(10)[True:False:True])
print(range(10)[2:8][1:4], range(100)[::10][::-1], range(5)[::-1] == range(4, -1, -1))
