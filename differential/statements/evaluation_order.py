# The order in which Python evaluates the parts of expressions and
# assignments.

trace = []


def t(label, value=None):
    trace.append(label)
    return label if value is None else value


def show(what):
    print(what, trace[:])
    trace.clear()


def f(*args, **kwargs):
    return args, kwargs


f(t("a"), t("b"), k=t("c"), *[t("d")], **{t("e"): t("f")})
show("call arguments:")
t("l", 1) + t("r", 2) * t("m", 3)
show("binary operators:")
t("x", 2) ** t("y", 3) ** t("z", 1)
show("power (right assoc):")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
[t("i1"), *t("star", [1]), t("i2")]
show("list display:")
t("cond", True) and t("then") or t("else")
show("and/or:")
t("yes") if t("test", False) else t("no")
show("conditional:")

data = {"a": [0, 0], "b": [0, 0]}
t("container", data)[t("key", "a")][t("index", 1)] = t("value", 5)
show("subscript assignment:")
print(data)

t("container", data)[t("key", "b")][t("index", 0)] += t("increment", 7)
show("augmented subscript:")
print(data)

lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print("targets left to right:", i, lst)

a = b = t("shared", [])
show("chained assignment evaluates once:")
print(a is b)

p = [1, 2]
p[0], p[1] = p[1], p[0]
print("swap:", p)

t("lo", 1) < t("mid", 2) < t("hi", 0) < t("never", 5)
show("chained comparison stops:")

s = slice(t("start", 0), t("stop", 2))
[10, 20, 30][t("s1", 0):t("s2", 2):t("s3", 1)]
show("slice parts:")

(lambda q=t("default"): q)
show("defaults at definition:")

def deco(name):
    t("deco " + name)
    return lambda fn: fn


@deco(t("outer"))
@deco(t("inner"))
def decorated():
    pass


show("decorators:")
