# set's special methods: algebra with NotImplemented for non-sets, in-place
# forms mutating the receiver, membership of unhashable sets, __hash__ None.
def t(label, f):
    try:
        r = f()
        print(label, repr(sorted(r) if isinstance(r, (set, frozenset)) else r),
              type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


s = {1, 2, 3}
fs = frozenset({2, 3, 4})
for name in ["__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__",
             "__xor__", "__rxor__"]:
    t(name, lambda: getattr(s, name)(fs))
    t(name + " list", lambda: getattr(s, name)([2]))
t("eq", lambda: (s.__eq__({3, 2, 1}), s.__eq__(frozenset(s)), s.__eq__([1, 2, 3])))
t("le", lambda: (s.__le__({1, 2, 3, 4}), s.__lt__(s), s.__gt__({1}), s.__ge__(fs)))
t("le list", lambda: s.__le__([1, 2, 3]))
t("contains", lambda: (s.__contains__(1), s.__contains__(1.0), s.__contains__("1")))
t("contains set", lambda: {frozenset({1})}.__contains__({1}))
t("contains list", lambda: s.__contains__([1]))
t("contains args", lambda: s.__contains__())
t("len iter", lambda: (s.__len__(), sorted(s.__iter__()), type(s.__iter__()).__name__))
u = {1, 2}
alias = u
t("ior", lambda: (u.__ior__({5}), alias is u))
t("iand", lambda: u.__iand__({1, 5, 9}))
t("isub", lambda: u.__isub__(frozenset({1})))
t("ixor", lambda: u.__ixor__({5, 6}))
t("ior list", lambda: u.__ior__([7]))
print(sorted(alias))


def ior(target, value):
    target |= value
    return target


t("ior op list", lambda: ior({1}, [2]))
t("hash", lambda: (s.__hash__, set.__hash__))
t("unbound", lambda: set.__or__({1}, {2}))
t("unbound frozen", lambda: set.__or__(frozenset({1}), {2}))
t("unbound wrong", lambda: set.__len__([1]))
t("repr", lambda: (set().__repr__(), {1}.__repr__()))
t("bool missing", lambda: s.__bool__)
