# Generator expressions: lazy, single-use, own scope, first iterable eager.

squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__)
print(next(squares), next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(list((a, b) for a in range(3) for b in range(a) if (a + b) % 2))
print(sorted(x % 7 for x in range(20)), "".join(c.upper() for c in "hey"))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
try:
    (x for x in 42)
except TypeError as e:
    print("eager first iterable:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy error:", e)


def scale(factor):
    return (v * factor for v in range(3))


print(list(scale(10)))
x = "untouched"
print(list(x for x in "ab"), x)
nested = ((i, j) for i in range(2) for j in (k * 2 for k in range(i + 1)))
print(list(nested))
print(tuple(str(n) for n in (3, 1, 2)), set(c for c in "hello") == set("helo"))
