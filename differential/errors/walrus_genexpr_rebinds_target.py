# molt: expect-error assignment expression cannot rebind comprehension iteration variable 'b'
print(list((b := a) for a, b in [(1, 2)]))
