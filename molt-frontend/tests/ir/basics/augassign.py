def f(n):
    n += 2
    return n
