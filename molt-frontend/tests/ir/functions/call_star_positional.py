def f(*args):
    return args


def calls(a, b):
    f(*a)
    f(1, *a, *b)
