# Forwarding *args and **kwargs through wrapper layers, adding, removing
# and overriding arguments on the way.

def target(a, b=0, *rest, flag=False, **extra):
    return {"a": a, "b": b, "rest": rest, "flag": flag, "extra": extra}


def passthrough(*args, **kwargs):
    return target(*args, **kwargs)


def add_flag(*args, **kwargs):
    return passthrough(*args, flag=True, **kwargs)


def prepend(*args, **kwargs):
    return target("first", *args, **kwargs)


def strip_keys(*args, **kwargs):
    kwargs.pop("secret", None)
    return target(*args, **kwargs)


def override(*args, **kwargs):
    return target(*args, **{**kwargs, "b": "forced"})


print(passthrough(1))
print(passthrough(1, 2, 3, 4, flag=1, x="y"))
print(add_flag(1, 2))
try:
    add_flag(1, flag=False)
except TypeError as e:
    print("TypeError", e)
print(prepend(2, 3))
print(strip_keys(1, secret="s", shown="v"))
print(override(1, b=2))
try:
    override(1, 2)
except TypeError as e:
    print("TypeError", e)


def layers(n):
    def call(*args, **kwargs):
        if n == 0:
            return args, kwargs
        return layers(n - 1)(*args, n, **kwargs, **{f"k{n}": n})

    return call


print(layers(3)("start"))


def splat_positions(*args, **kwargs):
    return args, sorted(kwargs.items())


pos = [1, 2]
kws = {"x": 1}
print(splat_positions(0, *pos, 3, *pos, y=2, **kws, z=3))
print(splat_positions(*pos, *(), **{}, **kws))
try:
    splat_positions(**kws, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    splat_positions(**kws, **{"x": 3})
except TypeError as e:
    print("TypeError", e)


def kwargs_identity(**kw):
    return kw


original = {"a": 1}
copy = kwargs_identity(**original)
copy["a"] = 2
print(original, copy, copy is original)
print(max(*[3, 9, 2]), min(*"zay"), print(*["print", "forwarded"], sep="-"))
