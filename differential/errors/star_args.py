# molt: expect-error only plain positional parameters
def f(*args):
    return args
print(f(1, 2))
