# Comprehensions inside generator functions and generators consumed by
# comprehensions: interleaving, laziness and state across yields.

log = []


def producer(n):
    for i in range(n):
        log.append(f"p{i}")
        yield i


def batches(n, size):
    it = producer(n)
    while True:
        chunk = [x for _, x in zip(range(size), it)]
        if not chunk:
            return "done"
        yield [c * 10 for c in chunk]


print(list(batches(7, 3)))
print(log)
log.clear()


def yields_comprehensions():
    acc = []
    for i in range(3):
        acc.append(i)
        yield [a * i for a in acc]
        yield {a: i for a in acc}


print(list(yields_comprehensions()))


def comprehension_over_sent_values():
    received = []
    while len(received) < 3:
        received.append((yield [r.upper() for r in received]))
    return [r * 2 for r in received]


g = comprehension_over_sent_values()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)

print([x + y for x in producer(2) for y in producer(2)])
print(log)
log.clear()
print({x for x in producer(4) if x % 2}, log)


def squares_of(gen):
    return [v * v for v in gen]


def countdown(n):
    while n:
        yield n
        n -= 1


print(squares_of(countdown(4)), squares_of(countdown(0)))
nested = [[y for y in countdown(x)] for x in countdown(3)]
print(nested)


def generator_with_local_comprehension(words):
    lengths = {w: len(w) for w in words}
    for w in sorted(lengths, key=lambda k: (lengths[k], k)):
        yield w, [c for c in w if c in "aeiou"]


print(list(generator_with_local_comprehension(["pear", "fig", "banana", "kiwi"])))


def comprehension_exception_in_generator():
    yield 1
    yield [1 // x for x in (2, 1, 0)]
    yield "unreachable"


g = comprehension_exception_in_generator()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(g, "exhausted"))
