# tuple ordering decided by the first unequal item through that item's own
# comparison, equality shortcuts by identity, and hashes of nested tuples.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("first differs", lambda: ((1, "a") < (2, 1), (1, 2) < (1, 2, 0), () < (0,)))
t("mixed items", lambda: (1, "a") < (1, 2))
t("mixed later", lambda: (0, "a") < (1, 2))
t("none item", lambda: (None, 1) < (None, 2))
t("none order", lambda: (1, None) < (1, 2))
nan = float("nan")
t("nan identity", lambda: ((nan,) == (nan,), (nan,) < (nan,), (nan, 1) < (nan, 2)))
t("nested", lambda: (((1, 2), 3) < ((1, 3), 0), ((1,),) == ((1.0,),)))
t("list item", lambda: ([1], 2) < ([1], 3))
t("set item", lambda: ({1}, 0) < ({1, 2}, 0))
t("dict item", lambda: ({}, 0) < ({}, 1))
t("hash equal", lambda: (hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,))))
t("hash nested", lambda: hash(((1, 2), (3,))) == hash(((1, 2), (3,))))
t("hash list", lambda: hash((1, [2])))
t("hash dict", lambda: hash(({},)))
t("hash values", lambda: [hash(x) for x in [(), (0,), (1, 2), (-1,), ((),)]])
t("sorted", lambda: sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]))
t("max key", lambda: max([(1, 2), (1, 10), (0, 99)]))
t("count eq", lambda: ((1, 1.0, True, 1j).count(1), (None, 0).index(False)))
