# bytes are hashable: dict keys and set elements, in CPython's table order.
words = [b"apple", b"banana", b"cherry", b"date", b"elder", b"fig", b"grape", b"kiwi"]
s = set(words)
print(s)
print(len(s), b"fig" in s, b"FIG" in s, memoryview(b"fig") in s)
print(set([b"a", b"b", b"c", b"d", b"e", b"f", b"g", b"h", b"i", b"j"]))
print({b"x": 1, b"y": 2, b"x": 3}, frozenset([b"one", b"two", b"three"]))
d = {}
for w in words:
    d[w[:1]] = d.get(w[:1], 0) + 1
print(d, sorted(d), d[b"b"], b"z" in d)
mixed = {b"a": "bytes", "a": "str", 97: "int"}
print(mixed, len(mixed), mixed[b"a"], mixed["a"])
counts = {}
for c in b"mississippi":
    counts[bytes([c])] = counts.get(bytes([c]), 0) + 1
print(counts)
print(sorted(set(b"mississippi")), set(b"mississippi"))
print({bytes([i]) for i in range(0, 256, 17)})
print({b"a", b"b"} | {b"c"}, {b"a", b"b"} & {b"b", b"z"})
try:
    {bytearray(b"a"): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"fig") in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""), hash(b"\xe9") != hash("\xe9"))
print([hash(w) for w in words[:3]])
