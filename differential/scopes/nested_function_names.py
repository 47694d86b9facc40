# Qualified names and NameErrors of nested scopes.
def outer():
    def middle():
        def inner():
            return inner.__qualname__
        return inner
    return middle()


print(outer()(), outer().__name__)


def missing_free():
    def inner():
        return never_bound_anywhere
    return inner


try:
    missing_free()()
except NameError as e:
    print(type(e).__name__, e)
lam = lambda: (lambda: 0)
print(lam.__qualname__, lam().__qualname__)
