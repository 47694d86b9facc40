# An exception raised deep inside delegated generators escapes uncaught:
# the traceback lists every generator frame of the chain.

def parse(tokens):
    for t in tokens:
        yield int(t)


def doubled(tokens):
    for v in parse(tokens):
        yield v * 2


def layered(tokens):
    yield "start"
    total = yield from summing(tokens)
    yield total


def summing(tokens):
    s = 0
    for v in doubled(tokens):
        s += v
        yield s
    return s


print(list(layered(["1", "2", "3"])))
print(list(layered(["4", "five", "6"])))
