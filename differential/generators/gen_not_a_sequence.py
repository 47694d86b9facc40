# Generators given to operations that need more than an iterator: len,
# indexing, reversed, arithmetic, strict zips, partial consumption by any()
# and 'in', attribute assignment, and errors raised midway through list().

def gen(n):
    for i in range(n):
        yield i
for label, f in [
    ("len", lambda: len(gen(3))),
    ("index", lambda: gen(3)[0]),
    ("reversed", lambda: reversed(gen(3))),
    ("bool", lambda: bool(gen(0))),
    ("add", lambda: gen(1) + gen(1)),
    ("mul", lambda: gen(1) * 2),
    ("in", lambda: 2 in gen(5)),
    ("hash eq", lambda: gen(1) == gen(1)),
    ("unpack few", lambda: (lambda a, b: 0)(*gen(1))),
    ("unpack assign", lambda: [(a, b) for a, b in [gen(3)]]),
    ("next none", lambda: next(None)),
    ("iter int", lambda: iter(5)),
    ("str join ints", lambda: "".join(gen(2))),
    ("sorted mixed", lambda: sorted(x if x else "s" for x in gen(3))),
    ("max empty", lambda: max(gen(0))),
    ("sum start str", lambda: sum(gen(2), "")),
    ("dict bad", lambda: dict(gen(2))),
    ("setattr", lambda: setattr(gen(1), "x", 1)),
    ("gi_running set", lambda: setattr(gen(1), "gi_running", True)),
    ("del name", lambda: delattr(gen(1), "__name__")),
    ("zip strict", lambda: list(zip(gen(2), gen(3), strict=True))),
    ("map two", lambda: list(map(lambda a, b: a + b, gen(3), gen(2)))),
    ("enumerate start", lambda: list(enumerate(gen(2), 10))),
    ("filter none", lambda: list(filter(None, gen(4)))),
    ("any consumed", lambda: (lambda g: (any(x > 1 for x in g), list(g)))(gen(5))),
    ("min key err", lambda: min(gen(3), key=lambda v: 1 / v)),
    ("list partial", lambda: list(1 / (1 - x) for x in gen(3))),
    ("tuple of gen", lambda: tuple(tuple(gen(i)) for i in range(3))),
    ("set of gen", lambda: sorted(set(x % 2 for x in gen(5)))),
    ("iter of iter", lambda: list(iter(iter(gen(2))))),
    ("star in display", lambda: [*gen(2), *gen(0), *gen(1)]),
    ("dict from enum", lambda: dict(enumerate(gen(3)))),
    ("repr start", lambda: repr(gen(1))[:23]),
]:
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
