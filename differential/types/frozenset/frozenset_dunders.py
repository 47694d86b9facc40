# frozenset's special methods: result types follow the receiver, hashing
# matches hash(), no in-place operators, NotImplemented for non-sets.
def t(label, f):
    try:
        r = f()
        print(label, repr(sorted(r) if isinstance(r, (set, frozenset)) else r),
              type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


fs = frozenset({1, 2, 3})
s = {3, 4}
for name in ["__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__",
             "__xor__", "__rxor__"]:
    t(name, lambda: getattr(fs, name)(s))
    t(name + " tuple", lambda: getattr(fs, name)((3,)))
t("ops types", lambda: [type(x).__name__ for x in [fs | s, s | fs, fs & s, s - fs, fs ^ s]])
t("hash", lambda: (fs.__hash__() == hash(fs), frozenset().__hash__() == hash(frozenset())))
t("hash order free", lambda: frozenset([1, 2]).__hash__() == frozenset([2, 1]).__hash__())
t("eq set", lambda: (fs.__eq__({1, 2, 3}), fs.__ne__({1}), fs.__eq__((1, 2, 3))))
t("lt", lambda: (fs.__lt__({1, 2, 3, 4}), fs.__le__(fs), fs.__ge__({1})))
t("contains", lambda: (fs.__contains__(2), fs.__contains__(2.0), fs.__contains__(9)))
t("contains unhashable", lambda: fs.__contains__({}))
t("contains set", lambda: frozenset([frozenset()]).__contains__(set()))
t("len", lambda: (fs.__len__(), frozenset().__len__()))
t("no ior", lambda: fs.__ior__)
t("no isub", lambda: fs.__isub__)


def ior(target, value):
    target |= value
    return target


f2 = fs
t("ior op", lambda: ior(f2, {9}))
print(sorted(fs), f2 is fs)
t("as key", lambda: {fs: "v"}.__getitem__(frozenset([3, 2, 1])))
t("unbound", lambda: frozenset.__and__(fs, frozenset({2})))
t("unbound set self", lambda: frozenset.__and__({1}, {1}))
t("repr", lambda: (frozenset().__repr__(), frozenset({1}).__repr__()))
