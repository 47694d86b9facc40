# As-patterns bind the whole matched subject or a sub-part, at any depth.

def as_pat(v):
    match v:
        case [[_, _] as pair, *_] as whole:
            return f"pair {pair} in {whole}"
        case {"p": (x, y) as point} as mapping:
            return f"point {point} from keys {list(mapping)}"
        case ("a" | "b") as letter:
            return f"letter {letter}"
        case [*_] as seq if len(seq) > 3:
            return f"long {type(seq).__name__} {seq}"
        case _ as anything:
            return f"anything {anything!r}"


for v in [[[1, 2]], [(3, 4), 5], {"p": [1, 2], "q": 0}, {"p": (1, 2, 3)}, "a", "c", range(5), (1, 2, 3, 4), [1, 2, 3]]:
    print(as_pat(v))


def identity_kept(v):
    match v:
        case [x as y, *rest] as whole:
            return whole is v, x is y, rest is v
    return None


lst = [[1], 2]
print(identity_kept(lst))


def as_then_guard(v):
    match v:
        case (1 | 2 | 3) as n if n % 2:
            return f"odd small {n}"
        case (1 | 2 | 3) as n:
            return f"even small {n}"
        case [(1 | 2) as a, (1 | 2) as b] as both if a != b:
            return f"distinct {both}"
    return "other"


for v in [1, 2, 3, 4, [1, 2], [2, 2], True]:
    print(repr(v), as_then_guard(v))
