# molt: expect-error assignment expression cannot be used in a comprehension iterable expression
def f():
    return [x * 2 for x in (base := [1, 2, 3])], base


print(f())
