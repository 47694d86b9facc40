# Generators with iter(callable, sentinel) and next(iterator, default).

def numbers():
    yield from [3, 1, 4, 1, 5, 0, 9, 2]


it = numbers()
print(list(iter(lambda: next(it), 0)))
print(list(it))
it = numbers()
print(list(iter(it.__next__, 1)))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)), counter)
callable_iter = iter(tick, 8)
print(type(callable_iter).__name__, next(callable_iter), next(callable_iter))
print(list(callable_iter), list(callable_iter))
lines = iter(["a", "b", "", "c"])
print([line for line in iter(lines.__next__, "")], next(lines))
g = numbers()
print([next(g, "end") for _ in range(10)])
print(next(g, None), next(g, "default"))
empty = (x for x in ())
print(next(empty, "nothing"))
try:
    next(empty)
except StopIteration as e:
    print("StopIteration", e.args)


def raises_inside():
    yield 1
    raise ValueError("inside")


r = raises_inside()
print(next(r, "x"))
try:
    next(r, "default does not hide errors")
except ValueError as e:
    print("ValueError", e)
print(next(r, "after error"))
for bad in (5, "str", [1]):
    try:
        next(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
stopping = iter(lambda: next(iter([])), None)
try:
    print(list(stopping))
except StopIteration as e:
    print("StopIteration from callable", e.args)
gen_in_sentinel = numbers()
print(list(iter(lambda: next(gen_in_sentinel, "done"), "done")))
