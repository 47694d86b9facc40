# Subjects of many kinds: ranges, dicts, generators, iterators, tuples built on the fly.

def gen(n):
    for i in range(n):
        yield i


def kind(v):
    match v:
        case [a, b, c]:
            return f"three {a}{b}{c}"
        case {"a": a}:
            return f"mapping a={a}"
        case [*_]:
            return f"sequence of {len(v)}"
        case {}:
            return "other mapping"
        case _:
            return f"plain {type(v).__name__}"


subjects = [range(3), range(1, 10, 4), range(10), gen(3), iter([1, 2, 3]), {"a": 1}, {"b": 2},
            {"a": 1}.keys(), {"a": 1}.items(), list(gen(3)), tuple(gen(3)), [x * x for x in range(3)],
            {1, 2, 3}, frozenset({1}), 3 + 4j, b"abc", None]
for s in subjects:
    print(kind(s))

match 1, 2:
    case (1, x):
        print("bare tuple subject", x)

match *range(2), 5:
    case [0, 1, last]:
        print("starred subject", last)

g = gen(2)
match g:
    case _:
        print("generator untouched", list(g))

match {"k": gen(2)}:
    case {"k": it}:
        print("generator value", list(it))
