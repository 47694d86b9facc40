# Generator functions: laziness, exhaustion, return values, state.

trace = []


def numbers(n):
    trace.append("start")
    for i in range(n):
        trace.append("yield " + str(i))
        yield i
    trace.append("end")
    return n * 100


g = numbers(3)
print(trace)
print(next(g), trace)
print(list(g), trace)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value, e.args)

g = numbers(2)
for v in g:
    print("got", v)
h = numbers(1)
next(h)
try:
    next(h)
except StopIteration as e:
    print("value", e.value, repr(e))


def empty():
    return
    yield


print(list(empty()), next(empty(), "default"))


def infinite():
    n = 0
    while True:
        yield n
        n += 1


it = infinite()
print([next(it) for _ in range(5)])
print(sum(x for x, _ in zip(infinite(), range(100))))


def with_locals(a, b=2, *rest, k=3):
    total = a + b + k + sum(rest)
    yield total
    total *= 2
    yield total


print(list(with_locals(1)), list(with_locals(1, 1, 1, 1, k=0)))
print(type(numbers(1)).__name__)
gen = numbers(1)
print(gen.__name__, gen.__qualname__)
