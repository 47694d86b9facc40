# The exceptions sets raise, with CPython's messages.
s = set([1, 2, 3])
f = frozenset([1])


def report(label, e):
    print(label, type(e).__name__, e, repr(e), e.args)


for key in [9, "nine", (9,), (1, (2,)), 2.5, None, frozenset([9]), set([9]), frozenset(), ""]:
    try:
        s.remove(key)
    except KeyError as e:
        report("remove", e)

for key in [[1], {1: 2}, [2], (1, [2])]:
    try:
        s.add(key)
    except TypeError as e:
        report("add", e)
    try:
        s.remove(key)
    except TypeError as e:
        report("remove", e)
    try:
        s.discard(key)
    except TypeError as e:
        report("discard", e)
    try:
        print(key in s)
    except TypeError as e:
        report("in", e)
    try:
        print(key in f)
    except TypeError as e:
        report("in frozen", e)

try:
    s.add(set([1]))
except TypeError as e:
    report("add set", e)

try:
    set().pop()
except KeyError as e:
    report("pop", e)

try:
    hash(set([1]))
except TypeError as e:
    report("hash", e)
try:
    d = {}
    d[set([1])] = 1
except TypeError as e:
    report("dict key", e)
try:
    set([set([1])])
except TypeError as e:
    report("nested", e)
try:
    frozenset([set()])
except TypeError as e:
    report("nested frozen", e)

# Argument counts and keywords.
try:
    s.add()
except TypeError as e:
    report("add()", e)
try:
    s.add(1, 2)
except TypeError as e:
    report("add(1, 2)", e)
try:
    s.add(x=1)
except TypeError as e:
    report("add(x=1)", e)
try:
    s.remove()
except TypeError as e:
    report("remove()", e)
try:
    s.discard(1, 2)
except TypeError as e:
    report("discard(1, 2)", e)
try:
    s.pop(0)
except TypeError as e:
    report("pop(0)", e)
try:
    s.clear(None)
except TypeError as e:
    report("clear(None)", e)
try:
    s.copy(1)
except TypeError as e:
    report("copy(1)", e)
try:
    f.copy(1)
except TypeError as e:
    report("frozen copy(1)", e)
try:
    s.union([1], other=[2])
except TypeError as e:
    report("union kw", e)
try:
    f.intersection(other=[2])
except TypeError as e:
    report("frozen intersection kw", e)
try:
    s.update(x=[1])
except TypeError as e:
    report("update kw", e)
try:
    s.isdisjoint()
except TypeError as e:
    report("isdisjoint()", e)
try:
    s.issubset([1], [2])
except TypeError as e:
    report("issubset 2", e)
try:
    f.issuperset()
except TypeError as e:
    report("frozen issuperset()", e)
try:
    s.symmetric_difference()
except TypeError as e:
    report("symmetric_difference()", e)
try:
    s.symmetric_difference_update([1], [2])
except TypeError as e:
    report("symmetric_difference_update 2", e)

# Non-iterable arguments.
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    try:
        getattr(set([1]), name)(42)
    except TypeError as e:
        report(name, e)

# Frozensets have no mutating methods.
for name in ["add", "remove", "discard", "pop", "clear", "update", "difference_update"]:
    try:
        getattr(f, name)
    except AttributeError as e:
        report(name, e)
try:
    s.append(1)
except AttributeError as e:
    report("append", e)

# Sets are not sequences.
try:
    s[0]
except TypeError as e:
    report("index", e)
try:
    s[0] = 1
except TypeError as e:
    report("setitem", e)
try:
    reversed(s)
except TypeError as e:
    report("reversed", e)
try:
    next(s)
except TypeError as e:
    report("next", e)

# The set is unchanged by the failed calls above.
print(s, f)
