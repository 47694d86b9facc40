def f(a):
    return [a, 1], (a,), {"k": a}
