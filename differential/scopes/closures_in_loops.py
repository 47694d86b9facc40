# Closures created in loops and comprehensions: shared cells, fresh cells
# per call, and captured loop variables after the loop ends.

def make_multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(2) for m in make_multipliers()])


def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(2) for m in make_multipliers_bound()])


def make_in_function_scope():
    fs = []
    for i in range(3):
        def f(i=i):
            return i

        fs.append(f)
    return [f() for f in fs]


print(make_in_function_scope())


def fresh_cell_per_call():
    def make(v):
        return lambda: v

    return [make(k)() for k in "abc"]


print(fresh_cell_per_call())


def counter_per_call():
    def counter():
        n = 0

        def inc():
            nonlocal n
            n += 1
            return n

        return inc

    a, b = counter(), counter()
    return a(), a(), b(), a()


print(counter_per_call())


def while_loop_capture():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]


print(while_loop_capture())


def capture_exception_name():
    saved = []
    try:
        raise ValueError("kept")
    except ValueError as e:
        saved.append(lambda: str(e))
    try:
        return saved[0]()
    except NameError as err:
        return "NameError: " + str(err)


print(capture_exception_name())
