# Equality, hashing and ordering across the numeric types and bool: equal
# values collapse as keys and set members, first key wins, last value wins.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [0, 0.0, -0.0, 0j, False, 1, 1.0, 1 + 0j, True, 2 ** 53, float(2 ** 53), 2 ** 53 + 1,
          0.5, 0.5 + 0j, 10 ** 30, 1e30]
for a in values:
    print(repr(a), "".join("=" if a == b else "." for b in values),
          "".join("#" if hash(a) == hash(b) else "." for b in values))
print({0: "int", 0.0: "float", False: "bool", 0j: "complex"})
print({True: 1, 1.0: 2, 1: 3})
print(len({1, 1.0, True, 1 + 0j, 2, 2.0}), sorted({2.5, 2, True, 0.0, False}))
print(sorted([3, 2.5, True, -1.5, 0, False, 10 ** 20, 1e19]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max([2, 2.0]), type(max(2.0, 2)))
t("complex order", lambda: sorted([1j, 1]))
t("big float compare", lambda: (10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) < -1e308))
t("int float exact", lambda: (2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53))
t("nan", lambda: (float("nan") == 0, float("nan") != float("nan"), [0].count(float("nan"))))
t("in", lambda: (1.0 in [1], True in {1: 0}, 1j in (1,), 0 in [0j]))
t("index", lambda: ([1.0, 2, True].index(True), (0j, 0).index(False)))
t("dict merge", lambda: {1: "a"} | {1.0: "b", True: "c"})
t("set ops", lambda: ({1, 2} & {1.0, 2.0}, {1.0} | {1}, {True} - {1}))
t("eq dunder", lambda: ((1).__eq__(True), (1.0).__eq__(True), (1j).__eq__(True), True.__eq__(1.0)))
