# molt: expect-error assignment expression cannot rebind comprehension iteration variable 'i'
print([i := i + 1 for i in range(3)])
