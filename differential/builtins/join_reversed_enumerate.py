# str.join, bytes.join, reversed and enumerate over many sources.

print("-".join(["a", "b"]), "".join("xyz"), ", ".join({"k": 1, "j": 2}), "+".join(())),
print("|".join(str(n) for n in range(4)), " ".join(map(str.upper, "ab")))
print(".".join(reversed("abc")), "".join(sorted("hello")), ":".join(x for x in []))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([b"x", b"y"]))
for call in [
    lambda: "-".join(["a", 1]),
    lambda: "-".join([b"a"]),
    lambda: "-".join(5),
    lambda: "".join(None),
    lambda: b"".join(["a"]),
    lambda: b"".join([1]),
    lambda: "-".join(["a"], ["b"]),
    lambda: "-".join(x for x in ["ok", None]),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 10, 3))))
print(list(reversed(b"ab")), list(reversed(bytearray(b"cd"))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed([])), list(reversed(range(0))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for bad in [{1, 2}, (x for x in "ab"), 5, None, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)

print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", -2)))
print(list(enumerate([], 3)), list(enumerate(range(3), start=10)), list(enumerate("a", 2**70)))
print(dict(enumerate("xy")), [i * c for i, c in enumerate("abc")])
e = enumerate(["p", "q", "r"])
print(next(e), list(e))
for call in [
    lambda: enumerate(5),
    lambda: enumerate("a", "b"),
    lambda: enumerate("a", 1.5),
    lambda: enumerate(),
    lambda: enumerate("a", start=1, x=2),
    lambda: enumerate("a", 1, 2),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
