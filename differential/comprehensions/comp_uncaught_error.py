# An exception raised inside a list comprehension (inlined in 3.12) is
# reported from the enclosing function's frame.

def ratios(pairs):
    return [a / b for a, b in pairs]


def report(pairs):
    return {k: round(v, 2) for k, v in zip("abc", ratios(pairs))}


print(report([(1, 2), (3, 4)]))
print(report([(1, 3), (2, 0)]))
