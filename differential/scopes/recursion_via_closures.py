# Recursion through closures, lambdas and rebinding.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


print(make_fact()(10))


def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)

    return [is_even(k) for k in range(5)], is_odd(7)


print(mutual())
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
original = fib
fib = lambda n: -1
print(original(5))


def memo():
    cache = {}

    def f(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else f(n - 1) + f(n - 2)
        cache[n] = r
        return r

    return f(60), len(cache)


print(memo())


def depth_limited():
    def down(n):
        return down(n + 1)
    try:
        down(0)
    except RecursionError as e:
        return type(e).__name__, str(e)


print(depth_limited())
