# repr and str of complex numbers: parentheses, signed zeros, inf and nan, exponents.
inf = float("inf")
nan = float("nan")
values = [
    1 + 2j, 2j, -2j, 0j, -0j, -(0j), complex(-0.0, -0.0), complex(0.0, -0.0),
    complex(-0.0, 0.0), 1j, 1.5j, 1e300j, 1e-300j, 1e16j, 1e15j, 123456789012345678j,
    complex(inf, inf), complex(nan, inf), complex(-inf, nan), complex(nan, nan),
    complex(1, -1), complex(-1.5, 2.25), complex(1e22, 1e-7), complex(0.1, 0.2),
    complex(1, 0), complex(-1, 0), complex(1, -0.0), complex(0, 1e-320),
    3 - 4j, -3 + 4j, 0.5j * 2, complex(), complex(7), complex(2.5),
]
for z in values:
    print(repr(z), str(z), z)
print([1j, -1j], (2 + 3j,), {1j: 2j})
print(f"{1 + 2j}", f"{3j!r}", f"{-0j!s}")
print(repr(complex(2 ** 53, 1)), repr(complex(1e16, 1e16)))
