# globals() inside functions is the module's dict.
total = 0


def add(n):
    g = globals()
    g["total"] = g["total"] + n
    return total


print(add(3), add(4), total)


def names_starting(prefix):
    return sorted(k for k in globals() if k.startswith(prefix))


alpha_one = 1
alpha_two = 2
print(names_starting("alpha"))


def counter_via_dict():
    globals().setdefault("hits", 0)
    globals()["hits"] += 1
    return hits


print(counter_via_dict(), counter_via_dict())


def lookup(name):
    return globals().get(name, "missing")


print(lookup("total"), lookup("nope"), lookup("lookup") is lookup)
print(globals()["add"].__name__, "add" in globals(), "x" in globals())
