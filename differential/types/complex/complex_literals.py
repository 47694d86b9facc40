# Imaginary literals in every spelling, folded expressions and literal identity.
print(1j, 1J, 0j, 00j, 0.j, .5j, 1.5j, 1e3j, 1E-3j, 1_000j, 1_0.0_1j, 0_0j, 1e400j, 09j)
print(-1j, +1j, 2 - 3j, -2 + 3j, 1 + 0j, 1 - 0j, (1 + 2j) * 0, 3j * 3j, 1j ** 2, 1j * 1j)
print(type(1j), type(0j).__name__, 1j == 1j, 1j != None)
x = 3
y = 4.0
print(x + 2j, y - 5j, x * 1j + y, complex(x, y) == x + y * 1j)
z = [1j, 2j, 3j]
print(sum(z), z[1] * z[2], [w.imag for w in z], {w: w * w for w in z})
print(abs(3 + 4j), abs(-5j), abs(0j))
print(0.1j + 0.2j, 1e-5j, 1e16j, 1e15j, 123456789.0j)
print(10j / 4, 5j / 2j, 1j.real if False else (1j).real)


def f(c=2 + 2j):
    return c * c


print(f(), f(1j), (lambda q=1j: q + 1)())
match 1j:
    case 1j:
        print("matched 1j")
    case _:
        print("no")
match 2 + 0j:
    case 2:
        print("matched 2 via ==")
match -1j:
    case -1j:
        print("matched -1j")
match 1 + 2j:
    case 1 + 2j:
        print("matched 1+2j")
