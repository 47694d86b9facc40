# Lambdas: every parameter kind, defaults capturing loop values, lambdas
# returning lambdas, conditional bodies, and their names.

add = lambda a, b=1, *rest, k=0, **kw: a + b + sum(rest) + k + len(kw)
print(add(1), add(1, 2, 3, 4, k=5, x=1, y=2))
print((lambda: "no params")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, /, b: a * b)(3, b=4), (lambda *, only: only)(only="kw"))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 3)])
pairs = [(lambda x, i=i: x * i) for i in range(4)]
print([f(10) for f in pairs])
late = [(lambda x: x * i) for i in range(4)]
print([f(10) for f in late])
print((lambda: (yield))().__class__.__name__)
print(add.__name__, add.__qualname__, classify.__defaults__, pairs[2].__defaults__)
try:
    add()
except TypeError as e:
    print("TypeError", e)
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    (lambda *, k: k)(1)
except TypeError as e:
    print("TypeError", e)


def outer():
    return lambda: lambda: outer.__name__


print(outer()()(), outer().__qualname__, outer()().__qualname__)
compose = lambda *fs: (lambda x: x) if not fs else (lambda x: fs[0](compose(*fs[1:])(x)))
print(compose(str, abs, lambda v: v - 10)(3))
sort_key = lambda item: (-item[1], item[0])
print(sorted({"a": 2, "b": 3, "c": 2}.items(), key=sort_key))
walrus_lambda = lambda v: (w := v * 2) + w
print(walrus_lambda(5))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
side = []
print((lambda: side.append("called") or side)())
recurse = lambda n: 1 if n <= 1 else n * recurse(n - 1)
print(recurse(6))
