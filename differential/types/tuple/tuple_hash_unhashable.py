# Tuples hash by content; one unhashable item makes the whole tuple unhashable.
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((True, (2.0, 3))))
print(hash((1, 2)) != hash((2, 1)))
d = {(1, 2): "a", (1, (2, 3)): "b", (): "empty", ("x",): "one"}
print(d[(1.0, 2)], d[1, (2, 3)], d[()], d["x",])
for t in [([],), (1, {}), ((1, [2]),), (1, 2, {3}), (frozenset(), set())]:
    try:
        hash(t)
        print("hashable", t)
    except TypeError as e:
        print("TypeError", e)
    try:
        d[t] = 0
    except TypeError as e:
        print("TypeError", e)
    try:
        print(t in {(): 0})
    except TypeError as e:
        print("TypeError", e)
s = {(1, 2), (1.0, 2.0), (True, 2)}
print(s, len(s))
print((1, 2) in s, ([], 1) in [([], 1)])
print(hash((frozenset({1}),)) == hash((frozenset([1]),)))
print(hash((-1,)) == hash((-2,)), hash(-1) == hash(-2))
