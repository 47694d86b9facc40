# Names inside nested functions, lambdas and comprehensions: each resolves
# to the nearest enclosing binding, globals last.

x = "global x"


def reads_global():
    return x


def shadows():
    x = "local x"
    return x, reads_global()


print(shadows(), reads_global())


def nested_comprehension_sees_function_locals():
    base = 10
    return [[base + i + j for j in range(2)] for i in range(2)]


print(nested_comprehension_sees_function_locals())


def lambda_in_default_sees_outer():
    k = 3

    def f(g=lambda: k):
        return g()

    k = 4
    return f()


print(lambda_in_default_sees_outer())


def closure_over_loop_variable_after_loop():
    for i in range(3):
        pass
    return (lambda: i)()


print(closure_over_loop_variable_after_loop())


def cell_and_local_same_name_in_comprehension():
    n = "outer n"
    fs = [lambda: n for n in range(2)]
    return [f() for f in fs], n


print(cell_and_local_same_name_in_comprehension())


def global_declared_in_inner_only():
    y = "enclosing"

    def inner():
        global y
        y = "set by inner"
        return y

    return inner(), y


print(global_declared_in_inner_only(), y)


def deep_nesting():
    a = 1

    def l1():
        b = 2

        def l2():
            c = 3

            def l3():
                return a + b + c

            return l3

        return l2()

    return l1()()


print(deep_nesting())


def argument_shadowing(x):
    def inner(x=x * 2):
        return x

    return inner(), inner(7)


print(argument_shadowing(5))
