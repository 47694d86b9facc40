# molt: expect-error duplicate argument 'a' in function definition
def f(a, b, a):
    return a + b
print(f(1, 2, 3))
