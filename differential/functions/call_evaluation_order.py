# A call evaluates the callee, then the arguments left to right (star and
# double-star included), before binding; binding errors come after.

trace = []


def t(label, value=None):
    trace.append(label)
    return value


def target(*args, **kwargs):
    trace.append("body")
    return len(args), sorted(kwargs)


def get_target(label):
    trace.append(label)
    return target


print(get_target("callee")(t("p1", 1), *t("star", [2, 3]), t("p4", 4), k=t("k", 5), **t("dstar", {"m": 6})))
print(trace)
trace.clear()


def two(a, b):
    trace.append("two body")


try:
    get_target("callee")
    two(t("first", 1), t("second", 2), t("third", 3))
except TypeError as e:
    print("TypeError", e, trace)
trace.clear()
try:
    t("callee not callable", 5)(t("arg", 1))
except TypeError as e:
    print("TypeError", e, trace)
trace.clear()
try:
    target(t("before", 0), *t("bad star", 7), t("after", 1))
except TypeError as e:
    print("TypeError", e, trace)
trace.clear()
try:
    target(x=t("x"), **t("bad dstar", [1]))
except TypeError as e:
    print("TypeError", e, trace)
trace.clear()


def numbers():
    trace.append("gen starts")
    yield 1
    trace.append("gen ends")


print(target(t("a"), *numbers(), t("b"), *t("list", [2]), k=t("k")), trace)
trace.clear()
print(target(*numbers(), k=t("k")), trace)
trace.clear()
try:
    print({t("set item"), *t("bad set star", 3), t("never")})
except TypeError as e:
    print("TypeError", e, trace)
trace.clear()
print({t("s1", 1), *t("s2", [2, 1]), t("s3", 3)}, trace)
trace.clear()


def defaults_not_reevaluated(v=t("default evaluated")):
    return v


print(trace)
defaults_not_reevaluated()
defaults_not_reevaluated()
print(trace)
trace.clear()
method = t("obj", "abc").upper
print(trace, method())
trace.clear()
print(t("dict", {}).get(t("key", "k"), t("default", "d")), trace)
trace.clear()
result = t("f", max)(t("a", 1), t("b", 5), key=t("key fn", lambda v: -v))
print(result, trace)
