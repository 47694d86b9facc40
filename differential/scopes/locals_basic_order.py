# locals() in a function: parameters first, then locals as first used.
def f(a, b=2, *args, c, **kw):
    total = a + b
    label = "sum"
    return locals()


print(f(1, c=3))
print(list(f(1, 5, 6, 7, c=0, z=9)))


def only_bound(flag):
    if flag:
        x = 1
    y = 2
    return sorted(locals())


print(only_bound(True), only_bound(False))


def empty():
    return locals()


print(empty(), type(empty()).__name__)


def later_names():
    result = []
    for i in range(3):
        result.append(sorted(locals()))
        j = i * 2
    return result


print(later_names())
