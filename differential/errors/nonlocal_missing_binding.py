# molt: expect-error no binding for nonlocal 'total' found
def outer():
    def inner():
        nonlocal total
        total = 1
    inner()
outer()
