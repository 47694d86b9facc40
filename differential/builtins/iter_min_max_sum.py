# min/max/sum over iterables: keys, defaults, starts and their errors.

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: (len(w), w)))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a", key=str.upper))
print(min([], default=None), max((), default="none"), min([5], default=0))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max([1.0, 1, True]))
print(min((x for x in [4, 2, 8])), max(range(5)), max("hello"))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]))

for call in [
    lambda: min([]),
    lambda: max(()),
    lambda: min(),
    lambda: max(1),
    lambda: min(1, 2, default=0),
    lambda: max([1, "a"]),
    lambda: min([1, 2], key=lambda v: 1 / (v - 1)),
    lambda: max([1, 2], foo=1),
    lambda: max([3], [2], key=None, default=1),
]:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

print(sum([]), sum([], 5), sum([1.5, 2.5]), sum([True, True, 3]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3]))
print(sum(range(101)), sum(x * x for x in range(4)), sum([1, 2], start=10))
print(sum([1j, 2, 0.5]), sum([2**64, 2**64]), sum([-1.5, 1]))
for call in [
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()),
    lambda: sum(["a", "b"]),
    lambda: sum([1, "a"]),
    lambda: sum(5),
    lambda: sum([[1]]),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
