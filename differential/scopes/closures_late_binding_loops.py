# Closures capture variables, not values; defaults capture values.
def build():
    late = [lambda: i for i in range(3)]
    early = [lambda i=i: i for i in range(3)]
    return [f() for f in late], [f() for f in early]


print(build())


def while_loop():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]


print(while_loop())


def rebinding_after():
    x = "first"
    get = lambda: x
    x = "second"
    return get()


print(rebinding_after())


def default_mutable(acc=[]):
    acc.append(len(acc))
    return list(acc)


print(default_mutable(), default_mutable(), default_mutable([9]))


def keyword_default_capture():
    out = []
    for name in ["a", "b"]:
        out.append(lambda *, key=name: key.upper())
    return [f() for f in out]


print(keyword_default_capture())
