# A generator expression as the sole argument needs no extra parentheses;
# next to other arguments it must be parenthesised.

def first(gen):
    return next(gen)


def collect(gen, *more, **named):
    return list(gen), more, sorted(named)


print(first(x * 3 for x in range(5) if x))
print(collect(c for c in "hi"))
print(collect((c for c in "hi"), 1, key=2))
print(collect(*[(v for v in range(2))]))
print(sum(x for x in range(4)), sum((x for x in range(4)), 100))
print(max(len(w) for w in ["aa", "b", "cccc"]))
print(max((len(w) for w in ["aa", "b"]), default=0), max((w for w in []), default="none"))
print(sorted((c for c in "banana"), reverse=True))
print(tuple(x for x in "abc"), frozenset(x % 2 for x in range(5)))
print("-".join(str(n) for n in range(5)))
print(list(reversed([x for x in range(3)])))
print(dict(((k, k * 2) for k in range(3)), extra=1))
print(first(x for x in [None]), first((x, y) for x in "a" for y in "b"))


def describe(obj):
    return type(obj).__name__, obj.__name__, obj.__qualname__


print(describe(x for x in ()))


def inner_qualname():
    return (y for y in ()).__qualname__


print(inner_qualname())
g = (x for x in range(3))
print(iter(g) is g, next(g), [*g], [*g])
try:
    first(x for x in [])
except StopIteration as e:
    print("StopIteration", e.args)
print(list(map(lambda g: sum(g), [(i for i in range(n)) for n in range(4)])))
