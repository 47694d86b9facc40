# range equality (as sequences), hashing, repr/str, reversed() and iteration of big ranges.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


pairs = [(range(0), range(5, 5)), (range(0), range(3, 1)), (range(3), range(0, 3, 1)),
         (range(0, 3, 2), range(0, 4, 2)), (range(0, 1, 5), range(0, 1, 7)), (range(1), range(0)),
         (range(1, 2, 3), range(1, 3, 3)), (range(10, 0, -2), range(10, 1, -2)),
         (range(5), [0, 1, 2, 3, 4]), (range(2), (0, 1)), (range(3), range(3)),
         (range(2 ** 70), range(0, 2 ** 70)), (range(0, 10, 3), range(0, 11, 3))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, b == a)
    if isinstance(b, range):
        print("  hashes equal:", hash(a) == hash(b) if a == b else "n/a")
for r in [range(0), range(1), range(5), range(1, 2), range(3, 9, 2), range(9, 3, -2),
          range(-(2 ** 70), 2 ** 70, 3), range(7, 7), range(0, 1, 100)]:
    print(repr(r), str(r), hash(r))
t("lt", lambda: range(1) < range(2))
t("le", lambda: range(1) <= range(2))
t("gt list", lambda: range(1) > [1])
for r in [range(5), range(0), range(10, 0, -3), range(-2 ** 65, -2 ** 65 + 3), range(1, 2 ** 70, 2 ** 68)]:
    rv = reversed(r)
    print(repr(r), type(rv).__name__, list(rv)[:20], type(iter(r)).__name__)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
t("next exhausted", lambda: next(it))
big = iter(range(2 ** 64, 2 ** 64 + 3))
print(list(big), list(big))
d = {range(3): "a", range(0, 3): "b", range(0): "empty", range(5, 5): "also empty"}
print(d)
print({range(1, 4), range(1, 4, 1), range(1, 5)} == {range(1, 4), range(1, 5)})
print([x * x for x in range(-3, 4)], list(range(10))[::3], list(map(str, range(3))))
