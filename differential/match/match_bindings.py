# Capture, as-patterns, or-patterns and guards: when names get bound.

def first(v):
    match v:
        case [x, y] if x > y:
            return ("descending", x, y)
        case [x, y]:
            return ("other pair", x, y)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [(0 | 1) as bit, *_]:
            return ("starts with bit", bit)
        case ([a, _] | (a, _, _)):
            return ("first of short", a)
        case whatever:
            return ("whatever", whatever)


for v in [[2, 1], [1, 2], 2, [1, 5, 6, 7], [9, 8, 7], 42, "s"]:
    print(first(v))


def guard_binds(v):
    x = "unset"
    match v:
        case [x, y] if y == 0:
            pass
        case _:
            pass
    return x


print(guard_binds([5, 1]), guard_binds([5, 0]), guard_binds(3))


def failed_partial(v):
    a = "untouched"
    match v:
        case [a, 2]:
            return "matched"
    return a


print(failed_partial([1, 3]), failed_partial([1, 2]))


def subject_evaluated_once():
    calls = []

    def subject():
        calls.append(1)
        return [1, 2]

    match subject():
        case [3]:
            pass
        case [1, 2]:
            pass
    return len(calls)


print(subject_evaluated_once())
x = 10
match [x, 20]:
    case [10, y]:
        print("module level", y)
print(y)
