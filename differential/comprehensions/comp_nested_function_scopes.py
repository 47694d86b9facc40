# Comprehensions in nested functions reading locals, free variables,
# globals and builtins, and shadowing each of them.

GLOBAL_LIMIT = 3
len_calls = 0


def outer(seq):
    prefix = "item"

    def middle(k):
        def inner():
            return [f"{prefix}{x}" for x in seq if x < GLOBAL_LIMIT + k]

        return inner()

    return middle


print(outer([1, 2, 3, 4, 5])(0), outer([1, 2, 3, 4, 5])(2))


def shadow_builtin():
    values = [len for len in range(3)]
    return values, len("abc")


print(shadow_builtin())


def shadow_global():
    return [GLOBAL_LIMIT for GLOBAL_LIMIT in "xy"], GLOBAL_LIMIT


print(shadow_global())


def free_var_from_two_levels():
    a = 1

    def level1():
        b = 2

        def level2():
            return {(a, b, c) for c in range(2)}

        return level2()

    return sorted(level1())


print(free_var_from_two_levels())


def comprehension_makes_cell():
    values = [lambda: v for v in range(2)]
    outer_v = "outer"
    return [f() for f in values], outer_v


print(comprehension_makes_cell())


def loop_var_reused_after():
    i = "kept"
    squares = [i * i for i in range(4)]
    for j in squares:
        pass
    return i, j


print(loop_var_reused_after())


def parameter_shadowed(x):
    return [x for x in range(x)], x


print(parameter_shadowed(3))


def global_rebound_in_comprehension():
    global GLOBAL_LIMIT
    old = GLOBAL_LIMIT
    GLOBAL_LIMIT = 5
    seen = [v for v in range(10) if v < GLOBAL_LIMIT]
    GLOBAL_LIMIT = old
    return seen


print(global_rebound_in_comprehension(), GLOBAL_LIMIT)


def nonlocal_modified_by_inner():
    total = 0

    def add(vals):
        nonlocal total
        total += sum([v for v in vals])

    add([1, 2])
    add(v * 10 for v in [1, 2])
    return total


print(nonlocal_modified_by_inner())
