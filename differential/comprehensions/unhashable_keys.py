# Unhashable keys in dict and set comprehensions raise TypeError at the item
# that fails; items before it were evaluated, nothing after it is.

log = []


def note(v):
    log.append(v)
    return v


cases = [
    ("list key", lambda: {note([i]): i for i in range(3)}),
    ("dict key", lambda: {note({}): 1 for _ in range(1)}),
    ("set item", lambda: {note({i}) for i in range(2)}),
    ("late failure", lambda: {note(i) if i < 2 else [i]: i for i in range(4)}),
    ("tuple with list", lambda: {(note(i), [i]): 0 for i in range(2)}),
    ("set of sets", lambda: {frozenset({i}) if i else {i} for i in range(2)}),
    ("bytearray", lambda: {bytearray(b"x"): 1 for _ in "a"}),
    ("slice ok", lambda: len({slice(i) for i in range(3)})),
]
for label, make in cases:
    log.clear()
    try:
        print(label, make())
    except TypeError as e:
        print(label, "->", type(e).__name__, e, log)

try:
    print({x: y for x, y in [([1], 2)]})
except TypeError as e:
    print(e)
try:
    set([[1], [2]])
except TypeError as e:
    print(e)
try:
    dict((k, 1) for k in [[1]])
except TypeError as e:
    print(e)
try:
    {} in {1: 2}
except TypeError as e:
    print(e)
print({(1, (2, 3)): "nested tuples fine" for _ in range(1)})
print({frozenset({1, 2}): "frozen"})
