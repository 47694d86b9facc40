# Exact errors of list methods: index/remove/pop/insert arguments and ranges.
xs = [3, 1, 4, 1, 5]
print(xs.index(1), xs.index(1, 2), xs.index(5, -1), xs.index(4, -10, 10))
calls = [
    lambda: xs.index(9),
    lambda: xs.index(3, 1),
    lambda: xs.index(1, 0, 1),
    lambda: xs.index(),
    lambda: xs.index(1, "a"),
    lambda: xs.index(1, 1.5),
    lambda: xs.remove(9),
    lambda: xs.remove(),
    lambda: xs.pop(10),
    lambda: xs.pop(-6),
    lambda: [].pop(),
    lambda: [].pop(0),
    lambda: xs.pop("0"),
    lambda: xs.pop(1, 2),
    lambda: xs.insert(0),
    lambda: xs.insert("a", 1),
    lambda: xs.count(),
    lambda: xs.append(),
    lambda: xs.append(1, 2),
    lambda: xs.extend(5),
    lambda: xs.extend(),
    lambda: xs.reverse(1),
    lambda: xs.clear(0),
    lambda: xs.copy(0),
    lambda: xs.sort(1),
    lambda: xs.sort(reverse=1, key=None, cmp=None),
    lambda: xs.index(2 ** 100),
    lambda: xs.pop(2 ** 100),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print(xs)
ys = [1, 2, 3]
ys.insert(100, "end")
ys.insert(-100, "start")
ys.insert(-1, "before last")
print(ys)
print(ys.pop(-1), ys.pop(0), ys)
zs = [[], (), "", 0, None]
zs.remove(())
zs.remove(False)
print(zs, zs.count(None), zs.count([]), [1, 1.0, True].count(1))
