# list methods' corner cases: index with bounds, remove and pop errors,
# insert clamping, count with NaN identity, sort keys, copy/clear aliasing.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 3, 2, 1]
t("index bounds", lambda: (a.index(2, 2), a.index(1, -1), a.index(2, -4, -1)))
t("index huge", lambda: a.index(1, -(2 ** 70), 2 ** 70))
t("index missing", lambda: a.index(2, 4))
t("index not int", lambda: a.index(1, "0"))
t("index none", lambda: a.index(1, None))
t("remove missing", lambda: [1].remove(2))
t("pop empty", lambda: [].pop())
t("pop range", lambda: [1].pop(3))
t("pop type", lambda: [1].pop("0"))
t("pop big", lambda: [1].pop(2 ** 70))
c = [1, 2, 3]
t("insert clamp", lambda: (c.insert(100, "end"), c.insert(-100, "start"), c.insert(-1, "x"), c))
t("insert big", lambda: (c.insert(2 ** 80, "big"), c[-1]))
nan = float("nan")
t("count nan", lambda: ([nan, nan].count(nan), [nan].index(nan)))
t("count eq", lambda: [1, 1.0, True, "1"].count(1))
t("sort key err", lambda: [1, "a"].sort(key=len))
t("sort mixed", lambda: [1, "a"].sort())
t("sort kw only", lambda: [2, 1].sort(None))
t("sort reverse", lambda: sorted([3, 1, 2], reverse=1))
d = [[1], [2]]
e = d.copy()
e[0].append(9)
d.clear()
print(d, e)
t("extend self", lambda: (lambda x: (x.extend(x), x))([1, 2]))
t("extend gen", lambda: (lambda x: (x.extend(i * 2 for i in range(3)), x))([]))
t("extend int", lambda: [].extend(3))
t("reverse args", lambda: [].reverse(1))
t("append kw", lambda: [].append(x=1))
