# dict() and update() with mappings, pairs, keywords and their error messages.
print(dict(a=1, b=2))
print(dict([("a", 1)], b=2, a=3))
print(dict({"a": 1}, a=2))
print(dict(zip(range(3), "abc")))
print(dict(["ab", "cd", (1, 2)]))
print(dict([[1, 2], range(3, 5)]))
d = {}
d.update(x=1)
d.update({"y": 2}, z=3)
d.update([("w", 4)])
d.update()
d.update(d)
print(d)
bad = [
    lambda: dict([1]),
    lambda: dict(["abc"]),
    lambda: dict([(1,)]),
    lambda: dict([("a", 1), (1, 2, 3)]),
    lambda: dict(1, 2),
    lambda: dict(5),
    lambda: {}.update(1, 2),
    lambda: {}.update([[[], 1]]),
    lambda: {}.update(["a"]),
    lambda: dict({"a": 1}.items(), b=2),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
