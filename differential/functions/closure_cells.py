# Closure cells as objects: __closure__ order, cell_contents reads, writes
# and deletion, empty cells, and cells shared between closures.

def make(n):
    def get():
        return n

    return get


g = make(5)
cell = g.__closure__[0]
print(type(cell).__name__, cell.cell_contents, len(g.__closure__))
cell.cell_contents = 6
print(g())
del cell.cell_contents
try:
    g()
except NameError as e:
    print("NameError", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
cell.cell_contents = "refilled"
print(g())


def empty_until_assigned():
    def inner():
        return later

    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    later = 1
    return c.cell_contents, inner()


print(empty_until_assigned())


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc.__closure__[0] is get.__closure__[0])
inc.__closure__[0].cell_contents = 100
print(get(), inc())


def several():
    b, a, c = 1, 2, 3

    def uses():
        return a + b + c

    return uses


print([c.cell_contents for c in several().__closure__])


def outer():
    x = 1

    def mid():
        def inner():
            return x

        return inner

    x = 2
    return mid()


inner = outer()
print(inner(), [c.cell_contents for c in inner.__closure__])
print(make.__closure__, (lambda: 0).__closure__)
try:
    g.__closure__ = ()
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


def shadow(len=len, print=print):
    return len("abc")


print(shadow(), shadow(len=lambda s: -1))


def loop_cells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    cells = {id(f.__closure__[0]) for f in fs}
    return [f() for f in fs], len(cells)


print(loop_cells())
