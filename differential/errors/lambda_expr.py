# molt: expect-error `lambda` is not supported yet
f = lambda x: x + 1
print(f(1))
