# dict.fromkeys through the type and an instance: shared values, duplicates, errors.
print(dict.fromkeys("abca"))
print(dict.fromkeys(range(4), 0))
print(dict.fromkeys([]), dict.fromkeys((), "unused"))
print({}.fromkeys([3, 1, 2], "x"))
print({"old": 1}.fromkeys(["new"]))

shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, shared["a"] is shared["b"])

print(dict.fromkeys([1, 1.0, True, 2]))
print(dict.fromkeys({"k": 1, "j": 2}))
print(dict.fromkeys(x * x for x in range(-2, 3)))

calls = [
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys("a", 1, 2),
    lambda: dict.fromkeys("a", value=1),
    lambda: dict.fromkeys(5),
    lambda: dict.fromkeys([[1]]),
    lambda: dict.fromkeys([(1, [2])]),
    lambda: dict.fromkeys(None, None),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
