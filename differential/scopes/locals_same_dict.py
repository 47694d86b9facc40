# CPython 3.12: every locals() call of a frame refreshes and returns the
# same dict.
def f():
    first = locals()
    x = 10
    second = locals()
    print(first is second, sorted(first))
    del x
    third = locals()
    print('x' in third, sorted(third))
    return first


d = f()
print(sorted(d))


def extra_keys():
    d = locals()
    d["added"] = 1
    y = 2
    locals()
    return sorted(d), d["added"]


print(extra_keys())


def mutate_dict_not_variable():
    v = 1
    locals()["v"] = 99
    return v


print(mutate_dict_not_variable())


def calls_in_loop():
    snapshots = []
    for k in range(3):
        snapshots.append(locals())
    return [s is snapshots[0] for s in snapshots], snapshots[0]["k"]


print(calls_in_loop())
