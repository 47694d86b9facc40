# molt: expect-error name 'x' is parameter and global
def f(x):
    global x
    return x
print(f(1))
