# Closures see the variable, not its value at creation time.

def make_all():
    funcs = []
    for i in range(4):
        funcs.append(lambda: i * 10)
    return [funcs[0](), funcs[1](), funcs[3]()]


print(make_all())


def make_bound():
    funcs = []
    for i in range(4):
        funcs.append(lambda i=i: i * 10)
    return [funcs[0](), funcs[1](), funcs[3]()]


print(make_bound())


def rebinding():
    x = "first"

    def show():
        return x

    a = show()
    x = "second"
    b = show()
    del x
    try:
        show()
    except NameError as e:
        c = str(e)
    x = "third"
    return a, b, c, show()


print(rebinding())


def shadowing():
    x = 1

    def inner():
        x = 2

        def innermost():
            return x

        return innermost()

    return x, inner()


print(shadowing())
