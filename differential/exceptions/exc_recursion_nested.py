# Deeply nested containers: repr() and comparisons hit CPython's separate C
# recursion limit, whatever sys.setrecursionlimit says.
import sys


def nest(n, wrap):
    x = []
    for _ in range(n):
        x = wrap(x)
    return x


def as_list(x):
    return [x]


def as_tuple(x):
    return (x,)


def as_dict(x):
    return {"k": x}


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, bool) else len(r))
    except RecursionError as e:
        print(label, "RecursionError:", e)


for limit in [1000, 50, 5000]:
    sys.setrecursionlimit(limit)
    for n in [10, 1495, 1496, 1497, 1498, 100000]:
        attempt("repr list %d" % n, lambda: repr(nest(n, as_list)))
        attempt("str tuple %d" % n, lambda: str(nest(n, as_tuple)))
        attempt("f-string dict %d" % n, lambda: f"{nest(n, as_dict)}")
        attempt("eq list %d" % n, lambda: nest(n, as_list) == nest(n, as_list))
        attempt("lt tuple %d" % n, lambda: nest(n, as_tuple) < nest(n, as_tuple))
        attempt("in %d" % n, lambda: nest(n, as_list) in [nest(n, as_list)])
        attempt("exception repr %d" % n, lambda: repr(ValueError(nest(n, as_list))))

same = nest(100000, as_list)
print(same == same, [same] == [same])
