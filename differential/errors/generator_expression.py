# molt: expect-error generator expressions are not supported yet
total = sum(x * x for x in range(10))
print(total)
