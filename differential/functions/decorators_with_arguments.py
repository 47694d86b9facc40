# Decorator factories, stacking order, evaluation order of decorator
# expressions, and decorators that replace or annotate functions.

trace = []


def tag(label):
    trace.append(f"factory {label}")

    def decorate(func):
        trace.append(f"apply {label} to {func.__name__}")

        def wrapper(*args, **kwargs):
            return f"<{label}>{func(*args, **kwargs)}</{label}>"

        wrapper.__name__ = func.__name__
        return wrapper

    return decorate


@tag("b")
@tag("i")
def text(s):
    return s


print(trace)
print(text("hi"), text.__name__)
trace.clear()


def repeat(times):
    def deco(f):
        def run(*a):
            return [f(*a) for _ in range(times)]

        return run

    return deco


@repeat(3)
def roll(n):
    return n * 2


print(roll(4))


def register(registry, name=None):
    def deco(f):
        registry[name or f.__name__] = f
        return f

    return deco


handlers = {}


@register(handlers)
def start():
    return "starting"


@register(handlers, name="halt")
def stop():
    return "stopping"


print(sorted(handlers), handlers["halt"](), stop is handlers["halt"])


def counted(f):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), fib.calls)
decorators = [tag("x"), tag("y")]


@decorators[1]
@decorators[0]
def picked():
    return "p"


print(picked())


@lambda f: f()
def evaluated_now():
    return "called at definition"


print(evaluated_now)


def returns_none(f):
    return None


@returns_none
def gone():
    return 1


print(gone)


def validate(**types):
    def deco(f):
        def checked(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kwargs)

        return checked

    return deco


@validate(n=int, s=str)
def combine(n, s):
    return s * n


print(combine(n=2, s="ab"))
try:
    combine(n="2", s="ab")
except TypeError as e:
    print("TypeError", e)
try:
    @tag
    def wrong_usage():
        return 0

    print(wrong_usage())
except TypeError as e:
    print("TypeError", e)
