# molt: expect-error assignment expression cannot rebind comprehension iteration variable 'row'
grid = [[(row := c) for c in range(2)] for row in range(2)]
print(grid)
