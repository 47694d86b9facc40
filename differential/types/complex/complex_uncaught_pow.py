# An uncaught ZeroDivisionError from a complex power of zero.
def power(z, w):
    return z ** w


print(power(1j, 2), power(2, 0.5j), power(0j, 2))
print(power(0j, -1j))
