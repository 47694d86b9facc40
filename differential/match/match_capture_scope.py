# Captured names are ordinary local or global bindings that survive the match.

match [10, 20]:
    case [first, second]:
        pass
print(first, second)

total = 0


def add_from(v):
    global total
    match v:
        case {"amount": total}:
            pass
    return total


print(add_from({"amount": 5}), total)
print(add_from({"other": 1}), total)


def closure_capture(v):
    match v:
        case [a, *b]:
            pass

    def inner():
        return a, b

    return inner()


print(closure_capture([1, 2, 3]))


def rebinding_in_loop():
    seen = []
    for item in [(1, "a"), (2, "b"), "skip", (3, "c")]:
        match item:
            case (n, letter):
                seen.append(letter * n)
    return seen, n, letter


print(rebinding_in_loop())


def unbound_when_not_matched(v):
    match v:
        case [only]:
            pass
        case _:
            pass
    try:
        return only
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(unbound_when_not_matched([4]))
print(unbound_when_not_matched([4, 5]))


def wildcard_does_not_bind(v):
    _ = "kept"
    match v:
        case [_, _]:
            pass
    return _


print(wildcard_does_not_bind([1, 2]))
