def plain():
    yield 1


def catches():
    try:
        yield 1
    except KeyError:
        yield 2
