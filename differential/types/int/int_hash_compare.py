# hash() of ints and comparisons of ints with ints, floats and other types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, -1, -2, 2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, -(2 ** 61 - 1),
          -(2 ** 61), 2 ** 63, -(2 ** 63), 2 ** 64, 2 ** 122 - 1, 10 ** 100, -(10 ** 100),
          2 ** 47, -(2 ** 47), 123456789, True, False]:
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2 ** 1000 else None)
pairs = [(1, 1.0), (1, 1.5), (2 ** 53 + 1, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53 + 2),
         (10 ** 400, float("inf")), (-(10 ** 400), float("-inf")), (10 ** 400, 1e308),
         (5, float("nan")), (0, -0.0), (-1, -0.5), (2 ** 64, 2.0 ** 64), (3, True),
         (2 ** 100, 2 ** 100 + 1), (-(2 ** 100), 2 ** 100), (7, 7)]
for a, b in pairs:
    print(a if abs(a) < 10 ** 30 else "big", b, a == b, a != b, a < b, a <= b, a > b, a >= b,
          b < a, b >= a)
for op in ["<", ">"]:
    t(op + " str", lambda: 1 < "1" if op == "<" else 1 > "1")
    t(op + " none", lambda: 1 < None if op == "<" else 1 > None)
    t(op + " list", lambda: [1] < 1 if op == "<" else [1] > 1)
t("<= tuple", lambda: 1 <= (1,))
t(">= dict", lambda: {} >= 1)
print(1 == "1", 1 != "1", 1 == None, 1 == [1], 0 == False, 1 == True, 2 == True)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2.5 < 3, sorted([3, 1.5, True, -2, 2 ** 70, 0.0]))
print(max(1, 1.0), min(1.0, 1), max(True, 1), max(2, 2 ** 64), min([5, 3.5, 4]))
d = {1: "a", 1.0: "b", True: "c", 2 ** 61 - 1: "d", 0: "e"}
print(d, d[2 ** 61 - 1])
