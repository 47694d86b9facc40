# An `except ... as` name is unbound after the handler, so it leaves locals().
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        inside = sorted(locals())
    after = sorted(locals())
    return inside, after


print(f())


def with_loop():
    for item in []:
        pass
    bound = sorted(locals())
    for item in [1]:
        pass
    return bound, sorted(locals())


print(with_loop())


def match_capture(value):
    match value:
        case [first, *rest]:
            return sorted(locals())
        case _:
            return sorted(locals())


print(match_capture([1, 2, 3]), match_capture(5))
