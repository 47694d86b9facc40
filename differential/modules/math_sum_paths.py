import math

def report(label, fn, args):
    try:
        if len(args) == 1:
            r = fn(args[0])
        else:
            r = fn(args[0], args[1])
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

inf = math.inf
nan = math.nan
sumprod_cases = [
    ([], []),
    ([1, 2, 3], [4, 5, 6]),
    ([0.1, 0.2, 0.3], [1, 1, 1]),
    ([1, 1, 1], [0.1, 0.2, 0.3]),
    ([0.1] * 10, [1.0] * 10),
    ([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]),
    ([1, 2, 0.5, 0.25], [3, 4, 2, 4]),
    ([0.5, 0.25, 1, 2], [2, 4, 3, 4]),
    ([True, False, True], [0.5, 0.25, 0.125]),
    ([True, True], [True, 2]),
    ([2, 3.5], [True, False]),
    ([1e308, 1e308, -1e308], [10.0, 1.0, 10.0]),
    ([inf, 1.0], [1.0, 2.0]),
    ([inf, -inf], [1.0, 1.0]),
    ([nan, 1.0], [1.0, 1.0]),
    ([1, 2.5, 3], [2, 2, 2]),
    ([2 ** 62, 2 ** 62, 0.5], [1, 1, 1]),
    ([-(2 ** 63), -1], [1, 1]),
    ([3, 4], [0.1, 0.2]),
    (range(5), range(5, 10)),
    ((1.5, 2.5), [2, 2]),
]
for p, q in sumprod_cases:
    report("sumprod(" + repr(p) + ", " + repr(q) + ")", math.sumprod, (p, q))

fsum_cases = [
    [], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [1, 2, 3], [True, 2.5], [1e16, 1.0, 1e-16], [-0.0, -0.0], [0.0, -0.0],
    [inf, 1.0], [inf, inf], [-inf, -inf, 2.0], [inf, -inf], [nan, 1.0], [inf, nan],
    [1.7976931348623157e308, 1.7976931348623157e308, -1.7976931348623157e308],
    [2.0 ** 53, 1.0, 1.0], [2.0 ** 53, 1.0, -2.0 ** 53], range(10), (0.5, 0.25, 0.125),
    [1e308, -1e308, 1e308], [5e-324, 5e-324], [3, -3.0, 0.1], "",
]
for items in fsum_cases:
    report("fsum(" + repr(items) + ")", math.fsum, (items,))
print(math.fsum([0.1, 0.2, 0.3]) == 0.6, sum([0.1, 0.2, 0.3]) == 0.6)

prod_cases = [[], [1, 2, 3, 4], [2.5, 4], [2, 2.5], [2 ** 40, 2 ** 40, 2 ** 40], [1e200, 1e200],
              [1e200, 1e200, 0.0], [-1, -1.0], [True, 5], [5, True], [0.5, True, 4],
              range(1, 11), (1.5, -2), [-0.0, 5], [inf, 0.0], [nan, 0.0], [3, "ab"], ["ab", 3]]
for items in prod_cases:
    report("prod(" + repr(items) + ")", math.prod, (items,))

hypot_cases = [(), (3,), (-3,), (3, 4), (3, 4, 12), (1, 1), (0.0, -0.0), (1e308, 1e308),
               (1e-308, 1e-308), (5e-324, 5e-324), (inf, nan), (nan, 1.0), (-inf, 3),
               (True, True), (1e200, 1e-200), (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)]
for coords in hypot_cases:
    try:
        if len(coords) == 0:
            r = math.hypot()
        elif len(coords) == 1:
            r = math.hypot(coords[0])
        elif len(coords) == 2:
            r = math.hypot(coords[0], coords[1])
        elif len(coords) == 3:
            r = math.hypot(coords[0], coords[1], coords[2])
        else:
            r = math.hypot(coords[0], coords[1], coords[2], coords[3], coords[4], coords[5], coords[6], coords[7])
        print("hypot" + repr(coords), "->", repr(r))
    except Exception as e:
        print("hypot" + repr(coords), "->", type(e).__name__ + ":", e)

dist_cases = [((), ()), ((1,), (4,)), ((0, 0), (3, 4)), ([1.5, 2.5], (4, 6.5)), ((1, 2, 3), (4, 6, 15)),
              ((1e308, 0), (-1e308, 0)), ((inf, 0), (0, 0)), ((inf, 0), (inf, 0)), ((nan, 1), (0, 1)),
              (range(3), range(3, 6)), ((True, False), (False, True)), ((5e-324,), (-5e-324,))]
for p, q in dist_cases:
    report("dist(" + repr(p) + ", " + repr(q) + ")", math.dist, (p, q))
