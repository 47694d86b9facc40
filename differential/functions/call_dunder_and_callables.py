# __call__ on functions, lambdas, builtins and bound methods, and the
# TypeErrors of calling things that are not callable or cannot bind.

def f(a, b=2):
    return a, b


def gen():
    yield


print(f.__call__(1), f.__call__(1, b=3), len.__call__("abc"), [].append.__call__(1), (lambda: 0).__call__())
print(f.__call__.__name__, f.__call__.__qualname__, f.__call__.__self__ is f, len.__call__.__qualname__)
print(callable(f.__call__), f.__call__.__call__(5), [callable(x) for x in (f, len, gen(), None, str, "s")])
not_callable = [None, 5, "s", [], gen()]
cases = [lambda v=v: v() for v in not_callable] + [
    lambda: f.__call__(1, 2, 3),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(1, **{"b": 2}, **{"b": 3}),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"c": 1, "a": 0}),
    lambda: f(**{1: 2}),
    lambda: f(*None),
    lambda: f(**None),
    lambda: (lambda: 0)(**{"x": 1}),
    lambda: len([], []),
    lambda: print(sepp=""),
    lambda: sorted([], reversed=True),
    lambda: max(key=len),
    lambda: min(1),
    lambda: isinstance(1),
    lambda: divmod(1, 2, 3),
    lambda: range(1, 2, 3, 4),
    lambda: iter(),
    lambda: next(),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except TypeError as e:
        print(i, e)
