# A failed guard moves on to the next case; bindings made by the failed case stay visible.
def pick(v):
    match v:
        case [x, *rest] if x > 10:
            return f"big head {x}"
        case [x, *rest] if rest and rest[-1] == x:
            return f"head repeats at the end {x}"
        case [x, *rest]:
            return f"plain list head {x}, rest {rest}"
        case {"n": n} if n < 0:
            return "negative n"
        case {"n": n} if n == 0:
            return "zero n"
        case {"n": n}:
            return f"positive n {n}"
        case other if other:
            return f"truthy other {other!r}"
        case other:
            return f"falsy other {other!r}"


for v in [[11, 1], [3, 4, 3], [3, 4], [5], {"n": -2}, {"n": 0}, {"n": 7}, 5, 0, "", "s", None]:
    print(repr(v), "->", pick(v))


def leaked(v):
    match v:
        case [a, b] if a > b:
            return "descending"
        case _:
            return f"guard failed but a={a}, b={b}"


print(leaked([5, 1]), leaked([1, 5]))


def guard_short_circuit(v):
    calls = []

    def check(name, result):
        calls.append(name)
        return result

    match v:
        case (1, _) if check("a", False) and check("b", True):
            pass
        case (_, 2) if check("c", True) or check("d", True):
            pass
        case _:
            pass
    return calls


print(guard_short_circuit((1, 2)), guard_short_circuit((1, 3)), guard_short_circuit((0, 2)))
