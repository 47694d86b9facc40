def f(a, b=2, c="x"):
    return a
