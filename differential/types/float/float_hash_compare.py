# hash() of floats and comparisons of floats with ints, floats and other types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e300, -1e-300, 5e-324, 2.0 ** 61,
          2.0 ** 61 - 2 ** 9, 2.0 ** 62, 2.0 ** 1000, 1e16, 123456.789, float("inf"),
          float("-inf"), 3.0, -2.0]:
    print(repr(x), hash(x), hash(x) == hash(int(x)) if x.is_integer() else None)
inf = float("inf")
nan = float("nan")
for a, b in [(1.0, 1), (0.1, 0.1), (0.1 + 0.2, 0.3), (nan, nan), (inf, inf), (-inf, inf),
             (inf, 10 ** 400), (-0.0, 0.0), (1e16, 10 ** 16 + 1), (2.0 ** 53, 2 ** 53 + 1),
             (nan, 1), (1.5, True), (0.0, False), (5e-324, 0)]:
    print(repr(a), repr(b) if not isinstance(b, int) or b < 10 ** 30 else "big", a == b, a != b,
          a < b, a <= b, a > b, a >= b)
x = nan
print(x == x, x != x, x is x, [x] == [x], (x,) == (x,), x in [x], x in (1, x), {x: 1}[x])
t("lt str", lambda: 1.5 < "a")
t("gt none", lambda: 1.5 > None)
t("le list", lambda: [] <= 2.5)
print(sorted([2.5, -1, 0.0, -0.0, 1e-300, 3]), max(0.0, -0.0), min(-0.0, 0.0))
print(sorted([3.0, nan, 1.0]) [1:], max([1.0, 2.0, inf]), min(-inf, -10 ** 400))
print(len({0.0, -0.0, 0, False}), {1.5: "a", 1.5 + 0.0: "b"})
