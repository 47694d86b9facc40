# molt: expect-error `locals()` is not supported yet
def f(a, b=2):
    total = a + b
    return sorted(locals())
print(f(1))
