# Guards run only after the pattern matched, in case order, and may have side effects.
log = []


def note(tag, value):
    log.append(tag)
    return value


def run(v):
    log.clear()
    match v:
        case [x, y] if note(f"g1({x},{y})", x > y):
            result = "first"
        case [x, *_] if note(f"g2({x})", x == 0):
            result = "second"
        case {"n": n} if note(f"g3({n})", n):
            result = "third"
        case _ if note("g4", False):
            result = "fourth"
        case _:
            result = "default"
    return result, list(log)


for v in [[2, 1], [1, 2], [0, 5, 6], [3], {"n": 0}, {"n": 5}, "s"]:
    print(repr(v), run(v))


def guard_raises(v):
    try:
        match v:
            case [x] if 10 // x:
                return f"ok {x}"
            case _:
                return "fallthrough"
    except ZeroDivisionError as e:
        return f"guard raised {type(e).__name__}: {e}"


print(guard_raises([5]), guard_raises([0]), guard_raises([20]), guard_raises([]))


def guard_sees_bindings(v):
    match v:
        case [a, b] if (total := a + b) > 10:
            return f"big sum {total}"
        case [a, b]:
            return f"small sum {a + b}, walrus from guard: {total}"
    return None


print(guard_sees_bindings([6, 7]))
print(guard_sees_bindings([1, 2]))
