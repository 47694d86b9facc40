# Match subtleties: evaluation order, literal comparisons, nested or/as,
# guards with side effects, and tuple vs list.

def classify(v):
    match v:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0):
            return f"on an axis at {y}"
        case [x, y] if x == y:
            return "diagonal"
        case [[a, b], [c, d]] as m:
            return f"matrix {m} det={a * d - b * c}"
        case {"x": 0 | 1 as small}:
            return f"small x {small}"
        case [1, 2, *_] | [*_, 1, 2]:
            return "has 1,2 at an end"
        case _:
            return "other"


for v in [(0, 0), [0, 5], (7, 0), [3, 3], [[1, 2], [3, 4]], {"x": 1}, {"x": 2}, [1, 2, 3], [0, 1, 2], (9, 8, 7), 5]:
    print(repr(v), "->", classify(v))

calls = []


def guard(tag, result):
    calls.append(tag)
    return result


match [1, 2]:
    case [a, b] if guard("first", False):
        print("no")
    case [a, b] if guard("second", True):
        print("yes", a, b)
    case _:
        print("fallback")
print(calls)

match 1.0:
    case 1:
        print("1.0 matches the literal 1")

match True:
    case 1:
        print("True matches 1 by equality")

match 1:
    case True:
        print("should not match: True is matched by identity")
    case _:
        print("1 does not match True")

match "":
    case "":
        print("empty string literal")

match (1, [2, (3, 4)]):
    case (1, [2, (3, z)]):
        print("deep", z)

match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [_, second]}}:
        print("nested mapping", second)
