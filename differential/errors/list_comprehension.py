# molt: expect-error comprehensions are not supported yet
print([x * 2 for x in range(3)])
