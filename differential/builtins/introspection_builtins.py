# callable, hash, id, type and ascii on builtin values.


def f():
    pass


values = [1, 2.5, "s", b"b", None, True, [1], (1,), {1: 2}, {1}, frozenset(), range(2),
          f, len, print, str.upper, int, type, slice(1), 1j, (x for x in ())]
print([callable(v) for v in values])
print([type(v).__name__ for v in values])
print(type(type(1)), type(int), type(f), type(len))

# Numbers that compare equal hash equal.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(1.5), hash(-0.5), hash(1e300))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 2)) == hash(complex(1, 2)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash((1, (2, 3))) == hash((1.0, (2.0, 3.0))), hash(range(3)) == hash(range(0, 3, 1)))
for bad in [[1], {1: 2}, {1}, (1, [2]), bytearray(b"x"), slice(1, 2)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)

# id: stable for an object, distinct for live objects.
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), a is not b, a == b, type(id(a)).__name__)

print(ascii("plain"), ascii("é"), ascii("日本"), ascii("\n\t\x00"), ascii("\U0001f600"))
print(ascii(["é", b"\xe9", 1.5, None]), ascii({"ключ": "значение"}), ascii(("'", '"')))
print(repr("é"), str("é"), ascii(1), ascii(b"\xff"))

for call in [lambda: callable(), lambda: hash(), lambda: id(), lambda: ascii(1, 2), lambda: type(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
