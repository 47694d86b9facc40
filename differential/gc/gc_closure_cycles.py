# Closures in cycles: a nested function that refers to itself through its
# cell, mutually recursive inner functions, recursive lambdas, and state
# shared through cells. Each cycle is a function, its closure tuple and
# the cells in it.
import gc

gc.disable()
gc.collect()


def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    return fact


f = make_fact()
print("fact", f(10))
del f
print("recursive inner", gc.collect())


def make_lambda():
    fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib


print("fib", make_lambda()(15))
print("recursive lambda", gc.collect())


def make_even_odd():
    def even(n):
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)

    return even


e = make_even_odd()
print("even", e(10), e(7))
del e
print("mutual recursion", gc.collect())


def make_counter():
    count = 0
    history = []

    def step():
        nonlocal count
        count = count + 1
        history.append(step)
        return count

    return step


c = make_counter()
print("counter", c(), c(), c())
del c
print("counter with history", gc.collect())


def make_registry():
    handlers = {}

    def register(name):
        def handler():
            return name + "!"

        handlers[name] = handler
        return handler

    handlers["register"] = register
    return register


r = make_registry()
print(r("a")(), r("b")())
del r
print("registry", gc.collect())


def no_cycle():
    x = [1]

    def get():
        return x

    return get


g = no_cycle()
del g
print("plain closure", gc.collect())


def loop(n):
    total = 0
    for i in range(n):
        f = make_fact()
        total = total + f(5)
    return total


gc.enable()
print("loop", loop(50000))
gc.disable()
print("after loop", gc.collect() >= 0, gc.collect())
