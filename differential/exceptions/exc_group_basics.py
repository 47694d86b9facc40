# ExceptionGroup / BaseExceptionGroup construction, attributes, str and repr.
def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
        return g
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


eg = attempt("list", lambda: ExceptionGroup("two", [ValueError(1), TypeError("t")]))
print(str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = attempt("tuple", lambda: ExceptionGroup("one", (KeyError("k"),)))
print(str(one), one.exceptions[0].args)
attempt("range", lambda: ExceptionGroup("r", range(2)))
attempt("str excs", lambda: ExceptionGroup("s", "ab"))
attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("bad message", lambda: ExceptionGroup(42, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not exceptions", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("base in EG", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("keywords", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("BEG of exceptions", lambda: BaseExceptionGroup("m", [ValueError(), OSError(2, "x")]))
attempt("BEG of base", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit(3)]))
attempt("BEG nested", lambda: BaseExceptionGroup("m", [ExceptionGroup("in", [ValueError()])]))
attempt("EG of BEG", lambda: ExceptionGroup("m", [BaseExceptionGroup("in", [GeneratorExit()])]))

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(repr(nested))
print(str(nested), str(nested.exceptions[1]))
print(isinstance(nested, Exception), isinstance(nested, BaseExceptionGroup))
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception), str(b), b.__traceback__)

try:
    raise ExceptionGroup("raised", [ZeroDivisionError("z")])
except ExceptionGroup as e:
    print("caught", repr(e), e.__traceback__ is not None)
    print([type(x).__name__ for x in e.exceptions])

try:
    raise BaseExceptionGroup("stop", [SystemExit(2)])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("base group caught", e, e.exceptions[0].code)

try:
    raise ExceptionGroup
except TypeError as e:
    print("raise class:", e)

def leaves(exc, depth=0):
    out = []
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            out.extend(leaves(sub, depth + 1))
    else:
        out.append((depth, repr(exc)))
    return out

print(leaves(nested))
