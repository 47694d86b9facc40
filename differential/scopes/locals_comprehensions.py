# Comprehensions are inlined (PEP 709): their variables show up in
# locals() while they run, and vanish afterwards.
def f(x):
    a = 1
    inside = [sorted(locals()) for y in range(2)]
    after = sorted(locals())
    return inside, after


print(f(0))


def shadow():
    x = "outer"
    seen = [locals()["x"] for x in range(2)]
    return seen, locals()["x"]


print(shadow())


def nested():
    return [[sorted(locals()) for j in range(1)] for i in range(1)]


print(nested())


def dict_and_set():
    d = {k: len(locals()) for k in "ab"}
    s = {len(locals()) for _ in range(1)}
    return d, s


print(dict_and_set())


def genexpr():
    return [sorted(d) for d in (locals() for item in range(2))]


print(genexpr())
