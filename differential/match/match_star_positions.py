# Star patterns at the start, middle and end; the star always captures a list.

def parts(v):
    match v:
        case [*head, "end"]:
            return ("head", head)
        case ["start", *tail]:
            return ("tail", tail)
        case [a, *mid, b] if a == b:
            return ("mid", a, mid)
        case [a, b, *mid, c, d]:
            return ("wide", a, b, mid, c, d)
        case [*_]:
            return ("any", len(v))
    return ("not sequence",)


for v in [["end"], [1, 2, "end"], ("start",), ("start", 1, 2), [5, 0, 5], (7, 7), [1, 2, 3, 4],
          [1, 2, 9, 9, 3, 4], [1, 2, 3], range(5), "start", [], ("start", "end")]:
    print(repr(v), "->", parts(v))


def star_types(v):
    match v:
        case (*xs, last):
            return type(xs).__name__, xs, last
    return None


print(star_types((1, 2, 3)))
print(star_types(range(3)))
print(star_types([9]))
print(star_types(()))


def length_checks(v):
    out = []
    match v:
        case [_, _, *_]:
            out.append("at least two")
    match v:
        case [_, _, _, *_, _]:
            out.append("at least four")
    match v:
        case [*_, _, _, _, _, _]:
            out.append("at least five")
    return out


for n in range(7):
    print(n, length_checks(list(range(n))))
