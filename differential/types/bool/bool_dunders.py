# bool's own special methods (__and__ __or__ __xor__ __invert__ __repr__)
# against those it inherits from int.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for a in [True, False]:
    for b in [True, False, 0, 1, 2, 1.0, None]:
        print(a, repr(b), a.__and__(b), a.__or__(b), a.__xor__(b),
              a.__rand__(b), a.__ror__(b), a.__rxor__(b))
t("add", lambda: True.__add__(True))
t("add float", lambda: True.__add__(0.5))
t("radd float", lambda: True.__radd__(0.5))
t("mul str", lambda: True.__mul__("ab"))
t("rmul", lambda: True.__rmul__(7))
t("neg", lambda: True.__neg__())
t("abs", lambda: False.__abs__())
t("repr", lambda: (True.__repr__(), False.__str__()))
t("hash", lambda: (True.__hash__(), False.__hash__()))
t("bool", lambda: (True.__bool__(), False.__bool__()))
t("index", lambda: True.__index__())
t("eq int", lambda: (True.__eq__(1), True.__eq__(2), False.__eq__(0)))
t("eq float", lambda: True.__eq__(1.0))
t("lt", lambda: False.__lt__(True))
t("round", lambda: (True.__round__(), True.__round__(2), True.__trunc__()))
t("format", lambda: (True.__format__(""), True.__format__("5"), True.__format__(">6")))
t("bool and on int", lambda: bool.__and__(1, 1))
t("int and on bool", lambda: int.__and__(True, True))
t("bool add", lambda: bool.__add__(True, 1))
t("bool lt", lambda: bool.__lt__(False, 1))
t("bool neg on int", lambda: bool.__neg__(3))
t("int or on bools", lambda: (int.__or__(False, False), int.__rxor__(True, True)))
print(bool.__and__, bool.__add__, bool.__invert__, bool.__repr__, bool.__eq__)
