# Runaway recursion raises RecursionError, through any kind of call.

def plain(n):
    return plain(n + 1)


def via_closure():
    def inner(n):
        return inner(n + 1)

    return inner(0)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


def via_kwargs(n=0, **kw):
    return via_kwargs(n + 1, **kw)


def via_star(*args):
    return via_star(*args, 1) if len(args) < 100000 else len(args)


for name, f in [("plain", lambda: plain(0)), ("closure", via_closure), ("mutual", lambda: mutual_a(0)),
                ("kwargs", lambda: via_kwargs(k=1))]:
    try:
        f()
    except RecursionError as e:
        print(name, type(e).__name__, e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("deep", e)
print(depth(100), "recovers after the error")


def gen_recursive(n):
    yield n
    yield from gen_recursive(n + 1)


try:
    for _ in gen_recursive(0):
        pass
except RecursionError as e:
    print("generator", e)
