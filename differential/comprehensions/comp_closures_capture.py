# Comprehensions inside closures and lambdas: what they capture, when the
# captured variables are read, and closures created by the comprehension.

def make_scaler(factor):
    return lambda xs: [x * factor for x in xs]


double = make_scaler(2)
print(double([1, 2, 3]), make_scaler("ab")([1, 2]))


def late_binding():
    factor = 1
    scale = lambda xs: [x * factor for x in xs]
    factor = 10
    first = scale([1, 2])
    factor = 100
    return first, scale([1, 2])


print(late_binding())


def adders():
    return [lambda v, n=n: v + n for n in range(3)], [lambda v: v + n for n in range(3)]


bound, shared = adders()
print([f(100) for f in bound], [f(100) for f in shared])


def nested_function_in_comprehension():
    out = []
    for k in range(2):
        out.append([(lambda: (k, j))() for j in range(2)])
    return out


print(nested_function_in_comprehension())


def comprehension_reads_cell():
    base = [1, 2]

    def extend():
        base.append(len(base) + 1)
        return [b * b for b in base]

    first = extend()
    second = extend()
    return first, second, base


print(comprehension_reads_cell())


def closure_over_comprehension_variable():
    getters = {name: (lambda: name.upper()) for name in ["a", "b"]}
    return {k: g() for k, g in getters.items()}


print(closure_over_comprehension_variable())


def counter():
    count = 0

    def hit(items):
        nonlocal count
        hits = [x for x in items if x > count]
        count += len(hits)
        return hits

    return hit


c = counter()
print(c([0, 1, 2, 3]), c([0, 1, 2, 3, 4, 5, 6]), c([]))
compose = lambda *fs: lambda x: [f(x) for f in fs]
print(compose(abs, str, lambda v: v * 2)(-4))
print((lambda n: {i: [j for j in range(i)] for i in range(n)})(4))
print(list(map(lambda row: sum(v for v in row), [[1, 2], [3, 4, 5]])))


def recursive_comprehension(n):
    return [recursive_comprehension(i) for i in range(n)]


print(recursive_comprehension(3))
