# __name__ and __qualname__ of functions, lambdas, generators and builtins
# at every nesting: <locals> follows functions and lambdas, not genexprs.
import math


def top():
    def nested():
        def deeper():
            pass

        return deeper

    return nested


def lambdas():
    return [lambda: 0 for _ in range(1)][0], {1: lambda: 1}[1], (lambda: lambda: 2)()


def genexpr_contents():
    return list(lambda: 0 for _ in range(1))[0], next((y for y in (z for z in "a")) for _ in "b")


def generators():
    def gen():
        yield

    return gen(), (x for x in ())


print(top.__qualname__, top().__qualname__, top()().__qualname__)
print([f.__qualname__ for f in lambdas()])
lam, inner_gen = genexpr_contents()
print(lam.__qualname__, inner_gen.__qualname__)
print([(g.__name__, g.__qualname__) for g in generators()])
print(list(lambda: 0 for _ in "a")[0].__qualname__, (lambda: 0).__qualname__)
print(next(f for f in [lambda: 0]).__qualname__)
print(len.__name__, len.__qualname__, math.floor.__name__, math.floor.__qualname__)
print(str.upper.__qualname__, list.append.__name__)
renamed = top()
renamed.__qualname__ = "Custom.qualname"
print(renamed.__qualname__, renamed.__name__, top().__qualname__)
try:
    renamed.__qualname__ = None
except TypeError as e:
    print("TypeError", e)


def with_posonly(a, b, c=3, /, d=4):
    return a


for kwargs in ({"c": 1, "a": 2}, {"b": 1, "a": 2, "c": 3}, {"c": 0, "d": 1, "b": 2}):
    try:
        with_posonly(1, 2, **kwargs) if "a" not in kwargs else with_posonly(**kwargs)
    except TypeError as e:
        print(sorted(kwargs), e)
