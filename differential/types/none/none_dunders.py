# None's special methods: identity equality, NotImplemented orderings,
# __bool__, __hash__, __repr__; and None as an operand of other dunders.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("eq", lambda: (None.__eq__(None), None.__eq__(0), None.__eq__(False)))
t("ne", lambda: (None.__ne__(None), None.__ne__(0)))
t("order", lambda: (None.__lt__(None), None.__le__(1), None.__gt__(None), None.__ge__(None)))
t("lt op", lambda: None < None)
t("bool", lambda: (None.__bool__(), type(None.__bool__()).__name__))
t("hash", lambda: None.__hash__() == hash(None))
t("repr", lambda: (None.__repr__(), None.__str__(), None.__format__("")))
t("format spec", lambda: None.__format__(">5"))
t("no len", lambda: None.__len__)
t("no add", lambda: None.__add__)
t("unbound", lambda: type(None).__bool__(None))
t("unbound wrong", lambda: type(None).__bool__(0))
t("operand", lambda: ((1).__add__(None), "a".__eq__(None), [].__eq__(None)))
t("in list", lambda: [1, None].__contains__(None))
t("dict key", lambda: {None: 1}.__getitem__(None))
print(sorted([3, None, 1], key=lambda x: (x is None, x or 0)))
