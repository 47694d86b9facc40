# Generator pipelines: lazy stages, early exit, and cleanup of abandoned stages.

log = []


def source(n):
    try:
        for i in range(n):
            log.append(f"produce {i}")
            yield i
    finally:
        log.append("source closed")


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def take(n, xs):
    for i, x in enumerate(xs):
        if i >= n:
            return
        yield x


print(list(take(3, squares(evens(source(100))))))
print(log[-3:], len(log))
log.clear()
pipe = squares(evens(source(10)))
print(next(pipe), next(pipe))
del pipe
print(log)


def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total


print(list(running_total(range(1, 6))), sum(running_total([1] * 10)))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def chunked(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked(range(7), 3)), list(chunked([], 2)))
words = (w.strip(".,") for line in ["a b, c.", "d e"] for w in line.split())
print(sorted(set(words)))
