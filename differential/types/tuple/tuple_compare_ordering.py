# Tuple ordering: the first unequal pair decides; lengths break ties.
pairs = [((), ()), ((), (0,)), ((1, 2), (1, 2, 3)), ((1, 3), (1, 2, 3)), ((2,), (1, 9, 9)),
         ((1, (2, 3)), (1, (2, 4))), (("a",), ("a", "")), ((1.5, 0), (1.5,)), ((0, "x"), (1, 2))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a > b, a >= b)
for a, b in [((1, "x"), (1, 2)), ((None,), (None,)), ((None, 1), (None, 2)), ((None,), (1,)), (([1],), ((1,),))]:
    try:
        print(a, b, a < b)
    except TypeError as e:
        print(a, b, "TypeError", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), ()]))
print(max((1, 2), (1, 2, 0)), min((0, 5), (0, 4, 9)))
print((1, 2) == [1, 2], (1,) == 1)
try:
    print((1,) < [1])
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < t, t <= t)
