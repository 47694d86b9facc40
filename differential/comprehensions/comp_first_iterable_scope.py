# The first iterable of a comprehension is evaluated in the enclosing scope,
# once, before the comprehension runs; later iterables are evaluated inside,
# once per outer iteration, and see the comprehension's own targets.

trace = []


def source(name, items):
    trace.append(name)
    return items


def outer_names():
    n = 3
    data = [source("first", range(n)) for _ in range(2)]
    return data, trace[:]


print(outer_names())
trace.clear()
print([(a, b) for a in source("outer", [1, 2, 3]) for b in source("inner" + str(a), range(a))])
print(trace)
trace.clear()


def shadowing_first_iterable():
    x = [10, 20]
    return [x for x in x], [[x for x in x] for x in [x]]


print(shadowing_first_iterable())


def second_iterable_uses_target():
    rows = ["ab", "cd"]
    return [c for row in rows for c in row]


print(second_iterable_uses_target())


def later_iterable_unbound():
    try:
        return [y for x in range(2) for y in later]
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(later_iterable_unbound())


def first_iterable_unbound_local():
    try:
        return [v for v in later_local]
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
    later_local = [1]


print(first_iterable_unbound_local())


def first_iterable_error_before_body():
    seen = []
    try:
        [seen.append(i) for i in 1 / 0]
    except ZeroDivisionError as e:
        return seen, str(e)


print(first_iterable_error_before_body())
counter = [0]


def counting():
    counter[0] += 1
    return range(counter[0])


print([list(range(i)) for i in counting()], counter)
print({k: [m for m in counting()] for k in "ab"}, counter)
print({i * j for i in counting() for j in counting()}, counter)
