# Decorators: plain, stacked, with arguments, returning other callables.

calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


def times(n):
    def deco(fn):
        def wrapper(*args):
            out = []
            for _ in range(n):
                out.append(fn(*args))
            return out

        return wrapper

    return deco


@trace
def add(a, b=1):
    return a + b


@times(3)
@trace
def hello(name):
    return "hi " + name


print(add(2), add(2, b=5), add.__name__, add.__qualname__)
print(hello("bo"))
print(calls)


def replace_with_value(fn):
    return 42


@replace_with_value
def gone():
    return 1


print(gone)


def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn

    return deco


table = {}


@register(table)
def alpha():
    return "a"


@register(table)
def beta():
    return "b"


print(sorted(table), table["alpha"](), table["beta"]())

order = []


def noisy(tag):
    order.append("make " + tag)

    def deco(fn):
        order.append("apply " + tag)
        return fn

    return deco


@noisy("outer")
@noisy("inner")
def decorated():
    return None


print(order)
