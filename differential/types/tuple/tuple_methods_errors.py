# tuple.index and tuple.count, construction from iterables, and their errors.
t = (1, "a", 1.0, True, None, (1,))
print(t.count(1), t.count("a"), t.count((1,)), t.count(2))
print(t.index(1), t.index(None), t.index(1, 1), t.index(True, -3))
for call in [lambda: t.index(2), lambda: t.index(1, 4), lambda: t.index(), lambda: t.count(),
             lambda: t.index(1, "x"), lambda: t.index(1, 0, 0), lambda: tuple(5), lambda: tuple(1, 2),
             lambda: tuple([1], x=1), lambda: t.append(1), lambda: t.sort()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(tuple("abc"), tuple(range(3)), tuple({"k": 1, "j": 2}), tuple(x for x in [3, 4]), tuple())
u = (1, 2)
print(tuple(u) is u, u[:] is u, u[::-1], u + (), () + u, (u,), u * 1 is u)
try:
    u[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del u[0]
except TypeError as e:
    print("TypeError", e)
try:
    print(u[2])
except IndexError as e:
    print("IndexError", e)
try:
    print(u["a"])
except TypeError as e:
    print("TypeError", e)
try:
    print(u + [3])
except TypeError as e:
    print("TypeError", e)
mutable_inside = ([1], [2])
mutable_inside[0].append("ok")
print(mutable_inside)
try:
    mutable_inside[1] += [3]
except TypeError as e:
    print("TypeError", e, mutable_inside)
