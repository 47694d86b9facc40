# Lambdas: their own scope, defaults evaluated once, closures over loops.
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
n = 100
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
y = 1
f = lambda: y
y = 2
print(f())
shadow = lambda y=y: y
y = 3
print(shadow(), shadow(7))
print((lambda *a, **k: (a, sorted(k)))(1, 2, b=3, a=4))
print((lambda: locals())(), (lambda a, b=2: locals())(1))
nested = lambda a: (lambda b: (lambda c: a + b + c))
print(nested(1)(2)(3))
