# Builtins consuming generator expressions: short-circuiting, how much of the
# generator they consume, keys, defaults and errors.

consumed = []


def watch(values):
    return (consumed.append(v) or v for v in values)


def run(label, f):
    consumed.clear()
    try:
        result = f()
    except Exception as e:
        result = type(e).__name__ + ": " + str(e)
    print(label, result, consumed)


run("any", lambda: any(watch([0, "", 3, 4])))
run("all", lambda: all(watch([1, 2, 0, 5])))
run("any empty", lambda: any(watch([])))
run("all empty", lambda: all(watch([])))
run("sum", lambda: sum(watch([1, 2, 3]), 10))
run("sum floats", lambda: sum(watch([0.1, 0.2, 0.3])))
run("sum strings", lambda: sum(watch(["a", "b"]), ""))
run("sum mixed", lambda: sum(watch([1, "x", 2])))
run("min", lambda: min(watch([3, 1, 2])))
run("max key", lambda: max(watch(["bb", "a", "ccc", "dd"]), key=len))
run("min empty", lambda: min(watch([])))
run("min default", lambda: min(watch([]), default=-1))
run("max mixed", lambda: max(watch([1, "a"])))
run("sorted", lambda: sorted(watch([3, 1, 2]), key=lambda v: -v))
run("zip short", lambda: list(zip(watch([1, 2, 3]), "ab")))
run("zip first empty", lambda: list(zip("", watch([1, 2]))))
run("map", lambda: list(map(lambda a, b: a * b, watch([1, 2, 3]), [10, 20])))
run("filter", lambda: list(filter(None, watch([0, 1, "", "x", None]))))
run("enumerate", lambda: list(enumerate(watch("ab"), start=5)))
run("dict", lambda: dict(watch([("a", 1), ("b", 2), ("a", 3)])))
run("dict bad", lambda: dict(watch([("a", 1), "xyz"])))
run("dict not pair", lambda: dict(watch([("a", 1), 5])))
run("set", lambda: sorted(set(watch([3, 1, 3, 2, 1]))))
run("join", lambda: "+".join(watch(["x", "y", "z"])))
run("join bad", lambda: ",".join(watch(["x", 2, "z"])))
run("list", lambda: list(watch(range(3))))
run("tuple", lambda: tuple(watch("hey")))
run("next", lambda: next(watch([7, 8])))
run("in", lambda: 2 in watch([1, 2, 3]))
run("not in", lambda: 9 in watch([1, 2, 3]))
run("unpack", lambda: (lambda a, b, *c: (a, b, c))(*watch(range(5))))
run("unpack too many", lambda: [(a, b) for a, b in [watch(range(3))]])
