# Generator edge cases: re-entrancy, state attributes, yield in odd places.

def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def states():
    yield gen_ref.gi_running


gen_ref = states()
print(gen_ref.gi_running, gen_ref.gi_suspended, gen_ref.gi_frame is None)
print(next(gen_ref))
print(gen_ref.gi_suspended)
try:
    next(gen_ref)
except StopIteration:
    pass
print(gen_ref.gi_running, gen_ref.gi_suspended, gen_ref.gi_frame is None)


def yield_in_expressions():
    x = (yield 1) + (yield 2)
    y = [(yield 3), (yield 4)]
    z = {"k": (yield 5)}
    return x, y, z


g = yield_in_expressions()
out = [next(g)]
try:
    v = 10
    while True:
        out.append(g.send(v))
        v += 10
except StopIteration as e:
    print(out, e.value)


def yield_in_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield i, j
        else:
            yield "no break", i


print(list(yield_in_loops()))


def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally"


print(list(yield_in_finally()))


def yield_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield repr(e)
    yield "after"


print(list(yield_in_except()))


def counter_closure():
    count = 0

    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count

    return gen, lambda: count


gen, read = counter_closure()
print(list(gen()), read(), list(gen()), read())


def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)


print(list(recursive(5)))


def lambda_generator():
    return (lambda: (yield 7))()


print(list(lambda_generator()))


def return_in_loop(items):
    for x in items:
        if x < 0:
            return "negative " + str(x)
        yield x


g = return_in_loop([1, 2, -3, 4])
print(list(g))
g = return_in_loop([1, -2])
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
