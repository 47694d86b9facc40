# Functions as values: dispatch tables, key functions, partial application
# by closures, functions returning functions, and map/filter/sorted.

def add(a, b):
    return a + b


def sub(a, b):
    return a - b


ops = {"+": add, "-": sub, "*": lambda a, b: a * b, "max": max}
for sym in ["+", "-", "*", "max"]:
    print(sym, ops[sym](7, 3))


def partial(f, *fixed, **fixed_kw):
    def call(*args, **kwargs):
        merged = dict(fixed_kw)
        merged.update(kwargs)
        return f(*fixed, *args, **merged)

    return call


power = partial(pow, 2)
print(power(10), partial(sorted, reverse=True)([3, 1, 2]), partial(add, 1)(2))

people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 20, people)))


def counter_factory():
    counts = {}

    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    return count, counts


count, counts = counter_factory()
for w in "a b a c b a".split():
    count(w)
print(counts)


def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x

    return run


print(apply_n(lambda v: v * 2, 10)(1), apply_n(str.upper, 1)("abc"))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
text = "  Hello World  "
for step in pipeline:
    text = step(text)
print(text)
print(callable(pipeline[0]), pipeline[0].__name__, type(pipeline[2]).__name__)
memo_calls = []


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            memo_calls.append(n)
            cache[n] = f(n)
        return cache[n]

    return wrapper


@memoize
def tri(n):
    return n if n < 2 else n + tri(n - 1)


print(tri(20), tri(20), len(memo_calls))
