# Hand-written equivalents of itertools functions, as generators, composed
# into pipelines.


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def islice(iterable, stop):
    it = iter(iterable)
    for _ in range(stop):
        try:
            yield next(it)
        except StopIteration:
            return


def chain(*iterables):
    for it in iterables:
        yield from it


def accumulate(iterable, func=lambda a, b: a + b, initial=None):
    it = iter(iterable)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def groupby(iterable, key=lambda v: v):
    it = iter(iterable)
    sentinel = object()
    current = next(it, sentinel)
    while current is not sentinel:
        k = key(current)
        group = [current]
        current = next(it, sentinel)
        while current is not sentinel and key(current) == k:
            group.append(current)
            current = next(it, sentinel)
        yield k, group


def product(*pools):
    result = [[]]
    for pool in pools:
        result = [r + [p] for r in result for p in pool]
    for r in result:
        yield tuple(r)


def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (first, *rest)


print(list(islice(count(10, 5), 4)), list(islice("ab", 5)))
print(list(chain("ab", [1, 2], (), range(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=7)))
print(list(pairwise("abcd")), list(pairwise([1])))
print([(k, len(g)) for k, g in groupby("aaabccdaa")])
print(list(groupby(range(10), key=lambda n: n // 4)))
print(list(product("ab", range(2))), len(list(product(range(3), repeat_marker := range(3), "xy"))))
print(list(permutations("abc", 2)), sum(1 for _ in permutations(range(5))))
squares = (n * n for n in count(1))
odd_squares = (s for s in squares if s % 2)
print(list(islice(odd_squares, 5)), next(odd_squares), next(squares))
running = accumulate(islice(count(1), 10), lambda a, b: a * b)
print(list(pairwise(running)))
