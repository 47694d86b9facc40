# Infinite generators tamed by hand-written islice/takewhile/cycle helpers.

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    for i in range(stop):
        try:
            value = next(it)
        except StopIteration:
            return
        if i >= start and (i - start) % step == 0:
            yield value


def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x


def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved


def accumulate(iterable, func=lambda a, b: a + b):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(islice(count(), 2, 12, 3)))
print(list(islice(count(10, -2.5), 0, 5)))
print(list(takewhile(lambda v: v < 100, fib())))
print(list(islice(dropwhile(lambda v: v < 50, fib()), 0, 3)))
print(list(islice(cycle("abc"), 0, 8)), list(cycle([])))
print(list(islice(accumulate(count(1)), 0, 6)))
print(list(islice(accumulate(fib(), max), 5, 10)))
print(list(islice(primes(), 0, 15)))
print(list(zip(count(1), "xyz")), dict(zip("ab", fib())))
print(next(x for x in fib() if x > 1000))
print(sum(islice(fib(), 0, 50)), list(islice(fib(), 90, 92)))
pairs = zip(count(), cycle([True, False]))
print([next(pairs) for _ in range(4)])
print(list(islice(count(2 ** 62, 2 ** 62), 0, 3)))
