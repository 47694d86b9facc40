# zip, map and filter: lengths, strictness, laziness and errors.

print(list(zip()), list(zip([1, 2])), list(zip("abc", range(10), [True, False])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
print(dict(zip("abc", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))

for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# zip stops at the shortest, having taken one extra item from the longer
# iterators that come first.
a = iter([1, 2, 3, 4])
b = iter("xy")
print(list(zip(a, b)), "a continues at", next(a))
a = iter([1, 2, 3, 4])
b = iter("xy")
print(list(zip(b, a)), "a continues at", next(a))

print(list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda *t: t, "ab", "cd", "ef")))
print(list(map(str.upper, ["a", "b"])), list(map(len, [[], [1], "ab"])))
squares = map(lambda v: v * v, range(4))
print(next(squares), list(squares), list(squares))

print(list(filter(None, [0, "", None, [], "x", 3, False, 0.0])))
print(list(filter(lambda v: v % 2, range(7))), list(filter(str.isdigit, "a1b22")))
print(list(filter(bool, [(), (0,)])))

for call in [
    lambda: zip(1),
    lambda: zip([1], None),
    lambda: map(len),
    lambda: map(),
    lambda: list(map(len, [1])),
    lambda: filter(None),
    lambda: filter(None, 5),
    lambda: list(filter(len, [1])),
    lambda: list(zip([1], [2], strict=1, other=2)),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# Exceptions from the mapped function surface at the item that fails.
def risky(v):
    return 10 // v


results = map(risky, [5, 2, 0, 1])
print(next(results), next(results))
try:
    next(results)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("after the failure:", list(results))
