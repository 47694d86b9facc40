# Comprehension variables do not leak; walrus binds in the function.
def f():
    x = "kept"
    squares = [x * x for x in range(4)]
    return x, squares


print(f())


def walrus():
    data = [1, 5, 3, 8]
    big = [last := v for v in data if v > 2]
    return big, last


print(walrus())


def outer_iterable():
    items = [1, 2]
    return [items for items in items * 2]


print(outer_iterable())


def closures_in_comprehension():
    fs = [lambda: k for k in range(3)]
    gs = [(lambda k: lambda: k)(k) for k in range(3)]
    return [h() for h in fs], [h() for h in gs]


print(closures_in_comprehension())
z = 5
print([z for _ in range(2)], {z: w for w in range(1)})
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
