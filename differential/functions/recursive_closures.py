# Recursion through closures: inner functions calling themselves through a
# cell, mutual recursion between inner functions, and rebinding the name.

def make_counter_down():
    def down(n):
        if n <= 0:
            return ["liftoff"]
        return [n] + down(n - 1)

    return down


print(make_counter_down()(3))


def even_odd():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)

    return is_even, is_odd


is_even, is_odd = even_odd()
print([is_even(n) for n in range(5)], is_odd(7))


def rebinding():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    first = fact(5)
    original = fact

    def fact(n):
        return "replaced"

    return first, original(5)


print(rebinding())


def memo_closure():
    cache = {}

    def paths(r, c):
        if (r, c) in cache:
            return cache[(r, c)]
        if r == 0 or c == 0:
            result = 1
        else:
            result = paths(r - 1, c) + paths(r, c - 1)
        cache[(r, c)] = result
        return result

    return paths(10, 10), len(cache)


print(memo_closure())


def accumulate_depth():
    depths = []

    def walk(node, depth):
        depths.append(depth)
        for child in node:
            walk(child, depth + 1)

    walk([[[], [[]]], []], 0)
    return depths


print(accumulate_depth())


def y_combinator_style():
    fix = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
    fact = fix(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
    return fact(10)


print(y_combinator_style())


def unbound_recursion():
    def later():
        return helper()

    try:
        later()
    except NameError as e:
        print("NameError", e)

    def helper():
        return "now bound"

    return later()


print(unbound_recursion())


def deep_limit():
    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)

    try:
        return down(100000)
    except RecursionError as e:
        return "RecursionError " + str(e)


print(deep_limit())
