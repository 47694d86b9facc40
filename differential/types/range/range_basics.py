# range: construction forms, len, indexing, index/count, containment, truth and errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ranges = [range(0), range(5), range(-3), range(2, 9), range(9, 2), range(0, 10, 3),
          range(10, 0, -3), range(-5, 5, 2), range(5, -5, -2), range(1, 2, 100),
          range(0, -1, -1), range(True, 4), range(-(2 ** 70), 2 ** 70, 2 ** 68)]
for r in ranges:
    print(repr(r), len(r) if len(r) < 10 ** 6 else "big", bool(r), list(r)[:12])
    for i in [0, 1, -1, 2, -2, 100, -100]:
        t(f"{r!r}[{i}]", lambda: r[i])
    for x in [0, 1, 3, 4, 7, -5, -3, 9, 2 ** 68, 3.0, 3.5, True, "3", None]:
        print(" ", repr(x), x in r, r.count(x))
        t("  index", lambda: r.index(x))
for args in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ("3",), (None,), (1, 2.0), (0, 10, 0.5),
             (2 ** 100,), (1j,)]:
    t(f"range{args!r}", lambda: range(*args))
t("kw", lambda: range(stop=3))
t("index missing", lambda: range(3).index())
t("count args", lambda: range(3).count(1, 2))
t("len overflow", lambda: len(range(2 ** 63)))
t("len ok", lambda: len(range(2 ** 63 - 1)))
t("len neg big", lambda: len(range(-(2 ** 64), 0)))
t("big index", lambda: range(2 ** 100)[2 ** 99])
t("big neg index", lambda: range(2 ** 100)[-1])
t("index overflow", lambda: range(10)[2 ** 100])
t("float index", lambda: range(10)[1.5])
t("str index", lambda: range(10)["1"])
t("bool index", lambda: range(10)[True])
t("big contains", lambda: 2 ** 99 + 1 in range(0, 2 ** 100, 2))
t("big index()", lambda: range(0, 2 ** 100, 3).index(3 * 2 ** 90))
print(range(10)[-10], range(3, 30, 3).index(27), range(3, 30, 3).count(28), 5 in range(10, 0, -1))
r = range(4)
print(r.start, r.stop, r.step, range(1, 2).step, range(5, 1, -2).start, type(r.start).__name__)
t("set attr", lambda: setattr(r, "start", 1))
t("new attr", lambda: setattr(r, "foo", 1))
t("del attr", lambda: delattr(r, "step"))
t("no attr", lambda: r.foo)
print(sum(range(101)), max(range(-5, 5)), min(range(3, 0, -1)), sorted(range(3, -3, -1)))
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))), tuple(range(2)))
