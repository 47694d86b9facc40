# Argument errors of list, tuple, dict and range methods.
lst = [3, 1, 2, 1]
d = {"a": 1, "b": 2}


def attempt(code):
    try:
        if code == 0:
            r = lst.append()
        elif code == 1:
            r = lst.insert(0)
        elif code == 2:
            r = lst.insert("a", 1)
        elif code == 3:
            r = lst.pop(10)
        elif code == 4:
            r = [].pop()
        elif code == 5:
            r = lst.pop("a")
        elif code == 6:
            r = lst.remove(9)
        elif code == 7:
            r = lst.index(9)
        elif code == 8:
            r = lst.index(1, 2)
        elif code == 9:
            r = lst.index(1, -1)
        elif code == 10:
            r = lst.index(1, 0, 1)
        elif code == 11:
            r = lst.index(1, "a")
        elif code == 12:
            r = lst.count()
        elif code == 13:
            r = lst.sort(1)
        elif code == 14:
            r = lst.sort(foo=1)
        elif code == 15:
            r = lst.sort(key=1)
        elif code == 16:
            r = lst.reverse(1)
        elif code == 17:
            r = (1, 2).index(3)
        elif code == 18:
            r = (1, 2, 1).index(1, 1)
        elif code == 19:
            r = (1,).count()
        elif code == 20:
            r = d.get()
        elif code == 21:
            r = d.get("z", 0)
        elif code == 22:
            r = d.get([])
        elif code == 23:
            r = d.pop("z")
        elif code == 24:
            r = d.pop("z", None)
        elif code == 25:
            r = d.pop()
        elif code == 26:
            r = {}.popitem()
        elif code == 27:
            r = d.setdefault("c")
        elif code == 28:
            r = d.update(1)
        elif code == 29:
            r = d.update([1])
        elif code == 30:
            r = d.update([(1, 2, 3)])
        elif code == 31:
            r = d.update({1: 2}, {3: 4})
        elif code == 32:
            r = d.keys(1)
        elif code == 33:
            r = dict([(1, 2)], z=3)
        elif code == 34:
            r = dict("ab")
        elif code == 35:
            r = dict([[1, 2], "ab"])
        elif code == 36:
            r = range(10).index(11)
        elif code == 37:
            r = range(10).index(3.0)
        else:
            r = range(0, 10, 2).count(4)
        print(code, repr(r))
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as e:
        print(code, type(e).__name__, e)


for code in range(39):
    attempt(code)
d.update([("x", 9)], y=10)
print(d, d.copy(), list(d.items()), list(d.values()))
print(range(10)[::-3], range(0, 5)[::2], range(10, 0, -2)[1:3], hash(range(3)) == hash(range(0, 3, 1)))
print({range(3): "r"}[range(0, 3)])
