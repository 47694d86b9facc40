# Comprehension scopes: targets do not leak, the first iterable is
# evaluated outside, closures see the comprehension's own variable.

x = "module x"
print([x for x in range(3)], x)


def f():
    y = "function y"
    squares = [y * 2 for y in range(3)]
    return squares, y


print(f())


def first_iterable_outside():
    items = [1, 2, 3]
    return [items for items in items]


print(first_iterable_outside())


def lambdas_share_variable():
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs]


print(lambdas_share_variable())


def lambdas_bind_defaults():
    fs = [lambda i=i: i for i in range(3)]
    return [g() for g in fs]


print(lambdas_bind_defaults())


def outer_variable_in_lambda():
    base = 100
    fs = [lambda: base + k for k in range(2)]
    base = 200
    return [g() for g in fs]


print(outer_variable_in_lambda())


def nested_shadowing():
    return [[x for x in range(x)] for x in range(4)]


print(nested_shadowing())


def error_inside():
    try:
        return [1 / v for v in [1, 2, 0, 4]]
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


print(error_inside())


def unbound_in_comprehension():
    try:
        return [z for _ in range(1)]
    except NameError as e:
        return "NameError: " + str(e)


print(unbound_in_comprehension())
