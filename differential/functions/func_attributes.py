# Function objects: names, qualified names, docs, defaults, annotations.

def plain(a, b=1):
    "Adds things."
    return a + b


def no_doc(x):
    return x


def annotated(x: int, y: "label" = 2, *args: str, z: float = 1.0, **kw: bool) -> list:
    return [x, y]


print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__)
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__)
print(plain.__defaults__)
print(annotated.__annotations__)
print(no_doc.__annotations__)
print(annotated.__kwdefaults__, annotated.__defaults__)


def outer():
    def inner():
        "inner doc"
        return 1

    lam = lambda: 0
    return inner, lam


inner, lam = outer()
print(inner.__name__, inner.__qualname__, inner.__doc__)
print(lam.__name__, lam.__qualname__, lam.__doc__)
print((lambda q: q).__qualname__)
print(outer.__closure__, inner.__closure__)


def maker(n):
    def get():
        return n

    return get


g = maker(5)
print(type(g.__closure__).__name__, len(g.__closure__))
print(callable(g), g())
