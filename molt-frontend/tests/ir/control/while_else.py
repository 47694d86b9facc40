def f(n):
    while n:
        n = n - 1
    else:
        n = 10
    return n
