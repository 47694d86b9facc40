def f(xs):
    xs.append(1)
