def trapezoid(f, a, b, n):
    h = (b - a) / n
    total = (f(a) + f(b)) / 2
    for i in range(1, n):
        total += f(a + i * h)
    return total * h

def simpson(f, a, b, n):
    if n % 2:
        n += 1
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        coef = 4 if i % 2 else 2
        total += coef * f(a + i * h)
    return total * h / 3

def square(x):
    return x * x

def cube(x):
    return x ** 3

def recip(x):
    return 1 / x

def bisect_root(f, lo, hi, tol):
    flo = f(lo)
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0) == (flo < 0):
            lo = mid
            flo = fm
        else:
            hi = mid
        steps += 1
    return round((lo + hi) / 2, 9), steps

def poly(x):
    return x ** 3 - 2 * x - 5

def sqrt2(x):
    return x * x - 2

for f in [square, cube, recip]:
    print(round(trapezoid(f, 1, 2, 100), 8), round(simpson(f, 1, 2, 100), 10))
print(round(simpson(square, 0, 3, 7), 10))
print(bisect_root(poly, 2, 3, 1e-10))
print(bisect_root(sqrt2, 0, 2, 1e-12))
def derivative(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)
print(round(derivative(cube, 2.0, 1e-5), 6), round(derivative(square, -3.0, 1e-5), 6))
