# An uncaught error through a lambda, a closure, a comprehension and a generator expression.
def make_scaler(divisor):
    def scale(values):
        return [apply(lambda v: v // divisor, v) for v in values]
    return scale


def apply(fn, value):
    return fn(value)


def summarize(rows):
    return sum(total for total in (sum(make_scaler(r[0])(r[1:])) for r in rows))


print(summarize([[2, 4, 6], [3, 9]]))
print(summarize([[1, 1], [0, 5]]))
