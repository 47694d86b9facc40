# molt: expect-error `class` statements are not supported yet
class A:
    pass
print(A)
