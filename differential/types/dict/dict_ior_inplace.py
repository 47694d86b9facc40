# d |= x updates d in place (aliases see it) from a dict or an iterable of
# pairs, while d | x needs a dict; errors name the offending element.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1}
alias = d
d |= {"b": 2}
print(alias, d is alias)
d |= [("c", 3), ["d", 4]]
print(alias, d is alias)
d |= (("a", 10),)
print(alias)
d |= {}.fromkeys("xy", 0) if hasattr({}, "fromkeys") else {"x": 0, "y": 0}
print(alias)
e = d | {"z": 26}
print(e is d, len(d), len(e))


def ior(target, value):
    target |= value
    return target


t("ior int", lambda: ior({}, 5))
t("ior bad element", lambda: ior({}, [("a", 1), 5]))
t("ior short element", lambda: ior({}, [("a",)]))
t("ior long element", lambda: ior({}, ["abc"]))
t("ior str pairs", lambda: ior({}, ["ab", "cd"]))
t("ior method", lambda: {1: 1}.__ior__({2: 2}))
t("ior method pairs", lambda: {1: 1}.__ior__([(3, 3)]))
t("or set", lambda: {1: 1} | {2})
t("or none", lambda: {1: 1} | None)
t("ror none", lambda: None | {1: 1})
t("order kept", lambda: ior({"b": 1, "a": 2}, {"a": 3, "c": 4}))
t("unhashable key", lambda: ior({}, [([], 1)]))
t("partial update", lambda: (lambda x: (t("inner", lambda: ior(x, [(1, 1), (2,)])), x)[1])({}))
