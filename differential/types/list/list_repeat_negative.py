# Repetition with zero, negative, bool and huge counts for lists and tuples.
for n in [3, 1, 0, -1, -100, True, False]:
    print(n, [1, 2] * n, n * [0], (1,) * n, n * ("a", "b"))
inner = [[]] * 3
inner[0].append("shared")
print(inner, inner[0] is inner[2])
lst = [1, 2]
lst *= 2
print(lst)
lst *= -5
print(lst)
alias = lst = [7]
lst *= 3
print(alias, alias is lst)
t = (1,)
t2 = t
t *= 2
print(t, t2, t is t2)
for bad in [1.5, "2", None, [2]]:
    try:
        print([1] * bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(bad * (1,))
    except TypeError as e:
        print("TypeError", e)
try:
    x = [1]
    x *= 2.0
except TypeError as e:
    print("TypeError", e)
for seq in [[], (), [1, 2], ("x",)]:
    for huge in [2 ** 100, -(2 ** 100)]:
        try:
            print(seq * huge)
        except OverflowError as e:
            print("OverflowError", e)
for seq in [[1, 2], (1, 2, 3)]:
    for huge in [2 ** 62, 2 ** 61]:
        try:
            print(len(seq * huge))
        except MemoryError as e:
            print("MemoryError", repr(e))
grow = [0, 1]
try:
    grow *= 2 ** 62
except MemoryError as e:
    print("MemoryError", repr(e), grow)
