# Wildcards: in sequences, mappings, star positions and as a final default.

def wild(v):
    match v:
        case [_, _, _]:
            return "any triple"
        case {"k": _}:
            return "has k"
        case [_, *_, 0]:
            return "ends with zero"
        case (_,):
            return "any single"
    return "default fell through"


for v in [(1, 2, 3), [None, None, None], {"k": None}, {"K": 1}, [1, 0], [1, 2, 3, 0], [0], [[]], "abc"]:
    print(repr(v), wild(v))


def count_default(values):
    counts = {"int-ish": 0, "other": 0}
    for v in values:
        match v:
            case 0 | 1 | 2:
                counts["int-ish"] += 1
            case _:
                counts["other"] += 1
    return counts


print(count_default([0, 1.0, True, 2, 3, "2", None, False]))

match None:
    case _:
        print("wildcard matches None")

match object:
    case _:
        print("wildcard matches the type object too")
