def f(a):
    b = a
    return locals()
print(globals())
