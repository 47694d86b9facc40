# molt: expect-error `locals` can only be called directly
def f():
    get = locals
    return get()
print(f())
