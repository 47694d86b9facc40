# A generator keeps every local across suspensions: loop variables,
# unpacked names, deleted names, and names bound in handlers.

def many_locals(n):
    a, (b, c), *rest = [1, (2, 3), 4, 5]
    yield a + b + c, rest
    d = {"k": [a, b]}
    for i in range(n):
        j = i * i
        yield i, j, d["k"]
        d["k"].append(j)
    del a
    try:
        yield a
    except NameError:
        pass
    try:
        yield a
    except UnboundLocalError as e:
        yield "unbound: " + str(e)
    try:
        raise ValueError("bound in handler")
    except ValueError as err:
        saved = str(err)
        yield saved
    try:
        yield err
    except NameError:
        pass


g = many_locals(3)
out = [next(g) for _ in range(5)]
print(out)
print(next(g))
print(next(g))
print(next(g))
print(next(g, "done"))


def counters():
    x = 0
    big = 2 ** 80
    f = 1.5
    s = "s"
    while x < 4:
        x += 1
        big *= 3
        f /= 2
        s += str(x)
        yield x, big, f, s


print(list(counters()))


def interleaved(name):
    for i in range(3):
        yield f"{name}{i}"


g1, g2 = interleaved("a"), interleaved("b")
print([next(g) for _ in range(3) for g in (g1, g2)])


def closure_over_generator_locals():
    value = 0
    getters = []
    while value < 3:
        getters.append(lambda: value)
        yield value
        value += 1
    yield [g() for g in getters]


print(list(closure_over_generator_locals()))


def generator_args(a, b=2, *args, k="k", **kw):
    yield a, b, args, k, kw
    a = "rebound"
    yield a


print(list(generator_args(1)), list(generator_args(1, 3, 4, k=5, z=6)))
try:
    generator_args()
except TypeError as e:
    print("TypeError", e)
