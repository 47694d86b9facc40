# *args and **kwargs: collection, ordering, and mixing with other kinds.

def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, x=2, y=3))
print(collect(*range(4), **{"k": "v"}))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))
print(head_tail(1, 2, 3))
try:
    head_tail()
except TypeError as e:
    print(e)


def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
print(everything(*[1, 2, 3], **{"c": 0, "z": 9}))
try:
    everything(1, 2, 3)
except TypeError as e:
    print(e)


def kw_order(**kw):
    return list(kw)


print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, a=2, **{"c": 3}))


def count(*args):
    return len(args)


print(count(*"hello"), count(*[]), count(*(1, 2), *[3], 4))
print(count(*{"x": 1, "y": 2}))
