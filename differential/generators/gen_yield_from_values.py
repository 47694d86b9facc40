# yield from: the value of the expression is the sub-generator's return
# value; plain iterables give None; StopIteration values pass through.

def returns(value):
    yield "sub"
    return value


def collect():
    results = []
    for v in (None, 0, (1, 2), [3], "s", returns.__name__):
        results.append((yield from returns(v)))
    results.append((yield from []))
    results.append((yield from "ab"))
    results.append((yield from range(2)))
    results.append((yield from {"k": 1}))
    results.append((yield from iter((9,))))
    return results


g = collect()
yielded = []
try:
    while True:
        yielded.append(next(g))
except StopIteration as e:
    print(yielded)
    print(e.value)


def exhausted_sub():
    sub = returns("first time")
    list(sub)
    got = yield from sub
    return got


print(list(exhausted_sub()))
g = exhausted_sub()
try:
    next(g)
except StopIteration as e:
    print("immediately", e.value)


def returns_stopiteration_value():
    yield 1
    return StopIteration("as value")


def outer():
    v = yield from returns_stopiteration_value()
    return type(v).__name__, v.args


o = outer()
next(o)
try:
    next(o)
except StopIteration as e:
    print(e.value)


def not_iterable():
    yield from 5


try:
    next(not_iterable())
except TypeError as e:
    print("TypeError", e)


def sum_of_subtotals(groups):
    total = 0
    for grp in groups:
        total += yield from subtotal(grp)
    return total


def subtotal(items):
    s = 0
    for it in items:
        yield it
        s += it
    return s


g = sum_of_subtotals([[1, 2], [], [10]])
print([next(g) for _ in range(3)])
try:
    next(g)
except StopIteration as e:
    print("total", e.value)
