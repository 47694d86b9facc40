# Recursion through closures and mutually recursive inner functions.

def fib_memo(n):
    memo = {}

    def fib(k):
        if k in memo:
            return memo[k]
        r = k if k < 2 else fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n), len(memo)


print(fib_memo(30))
print(fib_memo(90))


def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n), is_odd(n)


print(parity(10), parity(7))


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x

    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def curry(f, n):
    def take(args):
        def next_arg(x):
            got = args + (x,)
            return f(*got) if len(got) == n else take(got)

        return next_arg

    return take(())


add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(10)(20)(30))
