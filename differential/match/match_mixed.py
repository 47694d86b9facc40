# A tour of pattern kinds: literals, singletons, sequences, mappings, or, as, guards.
def describe(x):
    match x:
        case 0 | 1:
            return "small"
        case None:
            return "none"
        case True:
            return "true"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest] if len(rest) > 2:
            return f"long list starting {first} rest {rest}"
        case [first, *_, last]:
            return f"ends {first} {last}"
        case {"kind": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"kind": k, **others}:
            return f"kind {k} others {others}"
        case "hello" | "hi" as greeting:
            return "greeting " + greeting
        case (1, (2, z)):
            return f"nested {z}"
        case _:
            return "other " + repr(x)

for v in [0, 1, None, True, [1, 2], (3, 4), [1, 2, 3, 4, 5], [1, 2, 3], "ab", {"kind": "point", "x": 1, "y": 2},
          {"kind": "circle", "r": 3}, "hello", "hi", (1, (2, 3)), 2.5, range(2), {}, [], "xy"]:
    print(describe(v))
