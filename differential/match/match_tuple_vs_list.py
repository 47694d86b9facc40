# Tuple and list sequence patterns are interchangeable; the subject's type is not checked.

def pat(v):
    match v:
        case (a, b):
            return f"paren pattern got {type(v).__name__} {a} {b}"
        case [a, b, c]:
            return f"bracket pattern got {type(v).__name__} {a} {b} {c}"
        case a, b, c, d:
            return f"bare pattern got {type(v).__name__} {a}{b}{c}{d}"
        case ():
            return f"empty parens got {type(v).__name__}"
        case (single,):
            return f"one-tuple pattern got {single}"
    return f"no match for {v!r}"


for v in [(1, 2), [1, 2], (1, 2, 3), [1, 2, 3], range(4), [1, 2, 3, 4], (), [], range(0), [7], (8,), "ab", (1, 2, 3, 4, 5)]:
    print(pat(v))


def nested_kinds(v):
    match v:
        case [(x, y), [z]]:
            return ("tuple-in-list", x, y, z)
        case ((x, y), (z,)):
            return ("tuple-in-tuple", x, y, z)
    return None


print(nested_kinds([[1, 2], (3,)]))
print(nested_kinds(((1, 2), [3])))
print(nested_kinds([(1, 2, 3), [4]]))
print(nested_kinds([(1, 2), "z"]))


def mutation_after_match(v):
    match v:
        case [first, *rest]:
            rest.append("added")
            return first, rest, v
    return None


src = [1, 2, 3]
print(mutation_after_match(src))
print(mutation_after_match((4, 5)))
