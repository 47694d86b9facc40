# The return value is computed before finally runs: mutation shows, rebinding does not.
def mutate():
    result = [1]
    try:
        return result
    finally:
        result.append("added in finally")


def rebind():
    result = "original"
    try:
        return result
    finally:
        result = "rebound in finally"


def order():
    log = []

    def step(name):
        log.append(name)
        return name

    def inner():
        try:
            return step("return expression")
        finally:
            step("finally")

    inner()
    return log


def exception_value_kept():
    try:
        raise ValueError("from try")
    except ValueError as e:
        return e
    finally:
        print("finally sees no active name binding issue")


def nested_finally_returns():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(mutate())
print(rebind())
print(order())
print(repr(exception_value_kept()))
print(nested_finally_returns())


def generator_finally():
    try:
        yield 1
        return "done"
    finally:
        print("generator finally")


g = generator_finally()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("stop value", stop.value)
