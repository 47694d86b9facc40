# Slice objects used directly as subscripts of every sequence type.

s1 = slice(1, None, 2)
s2 = slice(None, None, -1)
s3 = slice(-3, -1)
s4 = slice(2**70, None)
s5 = slice(None, -2**70, -1)
seqs = [list(range(7)), tuple("abcdefg"), "abcdefg", b"abcdefg", bytearray(b"abc"), range(10, 17)]
for s in (s1, s2, s3, s4, s5):
    print(s, [seq[s] for seq in seqs])

lst = list(range(8))
lst[slice(0, 2)] = ["a", "b", "c"]
print(lst)
lst[slice(None, None, 3)] = [None] * len(lst[::3])
print(lst)
del lst[slice(1, None, 2)]
print(lst)
ba = bytearray(b"hello world")
ba[slice(0, 5)] = b"HOWDY"
del ba[slice(-1, None)]
print(ba)

print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(2, 1))
print(slice(1, 2) < slice(1, 3), slice(0) <= slice(0), hash(slice(1, 2)) == hash(slice(1, 2)))
print({slice(1, 2): "ok"}[slice(1, 2)], slice("a", [1], None).start)
print(slice(5).indices(3), slice(None, None, -1).indices(4), slice(-100, 100, 3).indices(10))

def assign(target, key, value):
    target[key] = value


for call in [
    lambda: [1, 2][slice(None, None, 0)],
    lambda: "ab"[slice("a", None)],
    lambda: assign([1, 2, 3], slice(None, None, 2), [1]),
    lambda: slice(1, 2, 3, 4),
    lambda: slice(),
    lambda: slice(1).indices(-1),
    lambda: slice(1.5, 2).indices(5),
    lambda: (1, 2)[slice(0, 1)].append,
]:
    try:
        print(call())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
