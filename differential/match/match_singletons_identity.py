# True, False and None patterns compare by identity, unlike number literals.

def singleton(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "equal to one"
        case 0:
            return "equal to zero"
    return "nothing"


for v in [True, False, None, 1, 0, 1.0, 0.0, -0.0, 1 + 0j, [], "", (), 2 > 1, 1 == 2, bool(3)]:
    print(repr(v), "->", singleton(v))


def numbers_first(v):
    match v:
        case 1:
            return "one first"
        case True:
            return "True second"
    return "neither"


print(numbers_first(True), numbers_first(1), numbers_first(1.0), numbers_first(False))


def or_of_singletons(v):
    match v:
        case None | False as falsy:
            return f"singleton falsy {falsy!r}"
        case 0 | "" | [] as empty:
            return f"equal-empty {empty!r} of {type(empty).__name__}"
        case _:
            return "other"


for v in [None, False, 0, 0.0, "", [], (), {}, True]:
    print(repr(v), or_of_singletons(v))
