# Every form of the del statement, and its errors.

a, b, c = 1, 2, 3
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print(c)

items = list(range(10))
del items[0], items[-1]
print(items)
del items[1:3], items[::2]
print(items)
del items[:]
print(items)

d = {"k": 1, "j": {"inner": 2}, (1, 2): 3}
del d["k"], d["j"]["inner"], d[1, 2]
print(d)

nested = [[1, 2, [3, 4]], 5]
del nested[0][2][0]
print(nested)

(x, y), z = (1, 2), 3
del (x, y), z
for name in ("x", "z"):
    try:
        print(x if name == "x" else z)
    except NameError as e:
        print("NameError:", e)


def fn():
    pass


fn.attr = 1
del fn.attr
print(hasattr(fn, "attr"))


def local_delete():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local_delete())


def delete_then_rebind():
    for i in range(3):
        w = i
        del w
    w = "rebound"
    return w


print(delete_then_rebind())



def exec_del_list(seq, i):
    del seq[i]


def exec_del_dict(m, k):
    del m[k]


for fn_, target, key in [
    (exec_del_list, [1], 5),
    (exec_del_dict, {}, "missing"),
    (exec_del_dict, {}, [1]),
    (exec_del_list, (1, 2), 0),
    (exec_del_list, "ab", 0),
    (exec_del_list, range(3), 0),
    (exec_del_list, [1], "0"),
    (exec_del_list, b"ab", slice(0, 1)),
]:
    try:
        fn_(target, key)
        print("deleted", target)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)

g = 1


def delete_global():
    global g
    del g


delete_global()
try:
    g
except NameError as e:
    print("NameError:", e)
try:
    delete_global()
except NameError as e:
    print("NameError:", e)

# The wording depends on the type and on the key.
for target in [(1,), "ab", b"ab", range(3), frozenset(), {1}, {1: 2}.keys(), 5, None, 1.5, iter([])]:
    for key in [0, True, slice(0, 1), "k"]:
        try:
            exec_del_list(target, key)
        except TypeError as e:
            print(repr(key), "|", e)
