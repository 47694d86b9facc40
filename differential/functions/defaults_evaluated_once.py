# Defaults are evaluated once, when `def` runs; mutable defaults are shared.

log = []


def make_default(tag):
    log.append(tag)
    return []


def append_to(x, target=make_default("first def")):
    target.append(x)
    return target


print(log)
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)


def kwonly_default(*, seen=make_default("kwonly")):
    seen.append(len(seen))
    return seen


print(kwonly_default(), kwonly_default(), log)

functions = []
for i in range(3):
    def capture(value=i * 10):
        return value

    functions.append(capture)
print([f() for f in functions])


def order_of_evaluation():
    trace = []

    def note(x):
        trace.append(x)
        return x

    def f(a=note("a"), b=note("b"), *, c=note("c"), d=note("d")):
        return a, b, c, d

    return trace, f()


print(order_of_evaluation())


def none_pattern(items=None):
    if items is None:
        items = []
    items.append("x")
    return items


print(none_pattern(), none_pattern(), none_pattern(["y"]))
