# Sequence patterns: lengths, stars, nesting; strs are not sequences here.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [x, y, *rest] if not rest:
            return "unreachable"
        case [x, *middle, y] if len(middle) == 1:
            return f"three: {x} | {middle} | {y}"
        case [*init, last]:
            return f"many: {init} then {last}"
        case _:
            return "not a sequence: " + type(v).__name__


for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3), "abc", "a", {"a": 1}, {1, 2}, 7, (), ((1, 2),)]:
    print(repr(v), "->", shape(v))


def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case [[[deep]]]:
            return ("deep", deep)
        case [*_, [*_, inner]]:
            return ("last inner", inner)
        case _:
            return "no"


for v in [[(1, 2), [3, 4, 5]], [[[9]]], [1, 2, [3, 4]], [1], [(1, 2, 3), [4]]]:
    print(nested(v))


def star_kinds(v):
    match v:
        case [*everything]:
            return everything
    return None


print(star_kinds((1, 2)), star_kinds([]), star_kinds("no"))
