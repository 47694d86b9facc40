# split(), subgroup() and derive() on nested groups, with types, tuples and predicates.
def fmt(g):
    if g is None:
        return "None"
    if isinstance(g, BaseExceptionGroup):
        return type(g).__name__ + "(" + repr(g.message) + ", [" + ", ".join(fmt(e) for e in g.exceptions) + "])"
    return repr(g)


def build():
    return ExceptionGroup("top", [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
        OSError(2, "missing", "f.txt"),
    ])


eg = build()
for cond in [ValueError, TypeError, (KeyError, OSError), LookupError, Exception, ExceptionGroup, ZeroDivisionError]:
    match, rest = eg.split(cond)
    name = cond.__name__ if isinstance(cond, type) else "(" + ", ".join(c.__name__ for c in cond) + ")"
    print(name, "match:", fmt(match))
    print(name, "rest: ", fmt(rest))
    print(name, "subgroup:", fmt(eg.subgroup(cond)))

print(eg.split(Exception)[0] is eg, eg.subgroup(BaseException) is eg)
print(eg.split(lambda e: isinstance(e, BaseExceptionGroup) and e.message == "mid"))
print(fmt(eg.split(lambda e: not isinstance(e, BaseExceptionGroup) and e.args[0] % 2 == 1)[0]))
print(fmt(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(lambda e: False))

seen = []
def record(e):
    seen.append(type(e).__name__)
    return False
eg.split(record)
print(seen)

for bad in [3, "ValueError", (ValueError, 3), [ValueError], int]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
try:
    eg.split()
except TypeError as e:
    print(e)
try:
    eg.subgroup(ValueError, TypeError)
except TypeError as e:
    print(e)
try:
    eg.split(condition=ValueError)
except TypeError as e:
    print(e)
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised:", e)

# Parts keep the original's metadata; notes are copied, not shared.
try:
    try:
        raise KeyError("ctx")
    except KeyError as k:
        raise build() from RuntimeError("why")
except ExceptionGroup as e:
    e.add_note("group note")
    m, r = e.split(ValueError)
    print(m.__cause__, r.__cause__ is e.__cause__, m.__context__ is e.__context__)
    print(m.__suppress_context__, m.__notes__, m.__notes__ is e.__notes__)
    print(m.__traceback__ is e.__traceback__, r.__traceback__ is e.__traceback__)
    inner = m.exceptions[1]
    print(fmt(inner), inner.__traceback__, inner.__cause__)

plain = build()
m, r = plain.split(ValueError)
print(m.__suppress_context__, plain.__suppress_context__, m.__traceback__)
try:
    print(m.__notes__)
except AttributeError as e:
    print(e)

# derive() builds a group of the same message; BaseExceptions make a BaseExceptionGroup.
d = eg.derive([KeyError("x")])
print(fmt(d), d.__cause__, d.__traceback__)
print(fmt(eg.derive((SystemExit(1), ValueError()))))
try:
    eg.derive([])
except ValueError as e:
    print(e)
try:
    eg.derive(3)
except TypeError as e:
    print(e)
try:
    eg.derive()
except TypeError as e:
    print(e)

base = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
m, r = base.split(Exception)
print(fmt(m), fmt(r))
m, r = base.split(KeyboardInterrupt)
print(fmt(m), fmt(r))
