# Cells and free variables appear in locals(): cells after the plain
# locals, free variables last, each group sorted by name.
def outer(p):
    zeta = 1
    alpha = 2
    plain = 3

    def inner():
        return zeta + alpha + p

    return list(locals()), inner


names, inner = outer(5)
print(names, inner())


def make():
    b = 1
    a = 2

    def use():
        local_one = a + b
        return locals()

    return use


print(make()())


def unbound_cell():
    def reader():
        return later
    before = sorted(locals())
    later = 1
    return before, sorted(locals())


print(unbound_cell())


def nonlocal_write():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return locals()

    return bump(), bump()


print(nonlocal_write())
