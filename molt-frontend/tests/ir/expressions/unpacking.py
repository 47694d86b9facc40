def f(pair):
    a, b = pair
    return b
