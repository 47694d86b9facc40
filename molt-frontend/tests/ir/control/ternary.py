def f(a, b, c):
    return b if a else c
