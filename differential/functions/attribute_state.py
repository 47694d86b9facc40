# Function attributes as state: counters, caches, registries and flags
# stored on the function object itself, and the __dict__ behind them.

def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls


print([counter() for _ in range(3)], counter.__dict__)


def cached(n):
    if n in cached.cache:
        cached.hits += 1
        return cached.cache[n]
    value = n * n
    cached.cache[n] = value
    return value


cached.cache = {}
cached.hits = 0
print([cached(n % 3) for n in range(7)], cached.hits, cached.cache)


def plugin(f):
    plugin.registry = getattr(plugin, "registry", []) + [f.__name__]
    f.is_plugin = True
    return f


@plugin
def alpha():
    pass


@plugin
def beta():
    pass


print(plugin.registry, alpha.is_plugin, getattr(counter, "is_plugin", "no"))
print(sorted(alpha.__dict__), hasattr(beta, "is_plugin"))
del alpha.is_plugin
print(alpha.__dict__, hasattr(alpha, "is_plugin"))
try:
    print(alpha.missing)
except AttributeError as e:
    print("AttributeError", e)
alpha.__dict__["direct"] = 1
print(alpha.direct)
alpha.__dict__ = {"replaced": True}
print(alpha.__dict__, alpha.replaced)
try:
    alpha.__dict__ = []
except TypeError as e:
    print("TypeError", e)


def make():
    def inner():
        return inner.value

    inner.value = "per closure"
    return inner


a, b = make(), make()
b.value = "changed"
print(a(), b(), a.__dict__ is b.__dict__)
setattr(a, "dynamic name", 5)
print(getattr(a, "dynamic name"), sorted(a.__dict__))
lam = lambda: lam.state
lam.state = "lambda attrs"
print(lam())
