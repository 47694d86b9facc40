# Generators wherever an iterable is accepted: unpacking, builtins, displays, calls.
def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
print(list(gen(3)), tuple(gen(3)), sum(gen(5)), sorted(gen(4), reverse=True))
print(list(zip(gen(3), gen(5))), list(map(str, gen(3))), list(filter(lambda x: x % 2, gen(6))))
print(list(enumerate(gen(3))), any(gen(3)), all(gen(3)), min(gen(4)), max(gen(4)))
print(",".join(str(x) for x in gen(4)), dict((x, x * x) for x in gen(3)), set(gen(3)))
print(dict(zip(gen(3), "abc")), list(reversed(list(gen(3)))))
first, *rest = gen(4)
print(first, rest)
print([*gen(2), *gen(3)], {*gen(3)}, (*gen(2),))
def consume(*args):
    return args
print(consume(*gen(3)))
it = iter(gen(3))
print(next(it), list(it), list(it))
print(sum(x * y for x, y in zip(gen(4), gen(4))))
print(max(gen(0), default="empty"), min((x for x in []), default=None))
print(sorted(gen(5), key=lambda v: (v % 2, -v)))
m = map(lambda x: x * 2, gen(3))
print(next(m), list(m))
print(list(iter(gen(2))))
g = gen(2)
print(iter(g) is g)
