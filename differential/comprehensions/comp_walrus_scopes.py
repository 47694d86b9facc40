# Assignment expressions inside comprehensions bind in the nearest enclosing
# function (or module) scope, even from nested comprehensions and genexprs.

total = 0
partial = [total := total + v for v in range(1, 6)]
print(partial, total)
print([[last_cell := (r, c) for c in range(2)] for r in range(3)], last_cell)


def nested():
    matrix = [[deep := r * c for c in range(3)] for r in range(3)]
    return matrix, deep


print(nested())


def genexpr_binds_lazily():
    seen = None
    gen = (seen := x for x in "abc")
    before = seen
    first = next(gen)
    middle = seen
    rest = list(gen)
    return before, first, middle, rest, seen


print(genexpr_binds_lazily())


def walrus_in_condition(words):
    out = [(w, n) for w in words if (n := len(w)) > 2]
    return out, n


print(walrus_in_condition(["a", "abc", "hello", "no"]))


def walrus_nonlocal_cell():
    count = 0

    def bump(items):
        nonlocal count
        return [count := count + 1 for _ in items]

    first = bump("ab")
    second = bump("xyz")
    return first, second, count


print(walrus_nonlocal_cell())


def walrus_global():
    global gflag
    return [(gflag := x) for x in range(3)]


print(walrus_global(), gflag)


def closure_reads_walrus():
    found = []
    check = lambda: found
    [found := found + [i] for i in range(3) if i != 1]
    return check()


print(closure_reads_walrus())


def any_with_witness(values):
    if any((witness := v) < 0 for v in values):
        return "negative", witness
    return "none", None


print(any_with_witness([3, 1, -4, 2]), any_with_witness([1, 2]))


def walrus_in_generator_expression():
    gen = ((a := i) for i in range(3) if (b := i * 10) >= 0)
    return list(gen), a, b


print(walrus_in_generator_expression())
