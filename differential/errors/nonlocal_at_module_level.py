# molt: expect-error nonlocal declaration not allowed at module level
x = 1
nonlocal x
print(x)
