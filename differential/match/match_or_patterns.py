# Or-patterns: alternatives tried left to right, each binding the same names.

def alt(v):
    match v:
        case [x, 0] | [0, x]:
            return f"zero paired with {x}"
        case (x, y, _) | (x, y):
            return f"prefix {x},{y}"
        case {"k": x} | {"key": x}:
            return f"key value {x}"
        case 1 | 2 | 3 | 4:
            return "small int"
        case "a" | "b" | None | True:
            return f"misc {v!r}"
    return "no"


for v in [[5, 0], [0, 5], [0, 0], (1, 2, 3), [1, 2], {"key": 1}, {"k": 2, "key": 3}, 3, 3.0, True, None, "b", "c", 7]:
    print(repr(v), "->", alt(v))


def nested_or(v):
    match v:
        case [(1 | 2) as a, (3 | 4) as b] | [(5 | 6) as a, b]:
            return a, b
        case [("x" | "y"), *rest]:
            return "xy-led", rest
    return None


for v in [[1, 3], [2, 4], [1, 5], [6, "anything"], ["y", 1, 2], ["z"], [5]]:
    print(v, nested_or(v))


def order_matters(v):
    tried = []
    match v:
        case [x] | [x, _] | [x, _, _]:
            tried.append(x)
    return tried


print(order_matters([1]), order_matters([1, 2]), order_matters([1, 2, 3]), order_matters([1, 2, 3, 4]))
