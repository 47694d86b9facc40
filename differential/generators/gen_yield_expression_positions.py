# `yield` as an expression in many positions: operands, arguments,
# subscripts, conditions, f-strings, returns and comprehensions' iterables.

def positions():
    a = (yield "operand") * 2
    b = str((yield "argument"))
    c = [10, 20, 30][(yield "index")]
    d = "yes" if (yield "condition") else "no"
    e = f"<{(yield 'fstring')}>"
    f = {(yield "key"): (yield "value")}
    g = ((yield "tuple item"), (yield "tuple item 2"))
    h = -(yield "unary")
    i = (yield "chained") < (yield "comparison")
    return a, b, c, d, e, f, g, h, i


gen = positions()
prompts = [next(gen)]
replies = iter([4, 5, 2, 0, "x", "k", "v", 1, 2, 7, 3, 9])
try:
    while True:
        prompts.append(gen.send(next(replies)))
except StopIteration as stop:
    print(prompts)
    print(stop.value)


def yield_without_value():
    x = yield
    y = yield None
    return x, y


g = yield_without_value()
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as stop:
    print(stop.value)


def yield_as_statement_in_loop_condition():
    n = 0
    while (yield n) != "stop":
        n += 1
    return n


w = yield_as_statement_in_loop_condition()
print(next(w), w.send("go"), w.send("go"))
try:
    w.send("stop")
except StopIteration as stop:
    print("stopped at", stop.value)


def yield_in_call_args(f):
    return f((yield 1), key=(yield 2))


def pair(a, key):
    return (a, key)


y = yield_in_call_args(pair)
next(y)
y.send("first")
try:
    y.send("second")
except StopIteration as stop:
    print(stop.value)


def yield_in_augmented():
    total = 0
    for _ in range(3):
        total += yield total
    yield total


acc = yield_in_augmented()
print(next(acc), acc.send(5), acc.send(6), acc.send(7))


def yield_in_lambda_body():
    return list((lambda: (yield from range(2)))())


print(yield_in_lambda_body())


def yield_tuple_without_parens():
    yield 1, 2
    x = yield 3, 4
    yield x


print(list(yield_tuple_without_parens()))
