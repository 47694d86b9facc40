# str, bytes and bytearray never match sequence patterns; lists, tuples, ranges do.

def seq(v):
    match v:
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"two items {a!r} {b!r}"
        case [*items]:
            return f"{len(items)} items"
        case _:
            return f"not a sequence ({type(v).__name__})"


for v in ["x", "xy", b"x", b"xy", bytearray(b"ab"), [1], (1, 2), range(1), range(2), range(5),
          "", b"", [], (), {"a": 1}, {1, 2}, frozenset(), 3]:
    print(repr(v), "->", seq(v))


def literal_strings(v):
    match v:
        case "abc":
            return "str abc"
        case b"abc":
            return "bytes abc"
        case "":
            return "empty str"
        case b"":
            return "empty bytes"
        case "a" "b":
            return "implicitly concatenated"
    return "other"


for v in ["abc", b"abc", bytearray(b"abc"), "", b"", "ab", "ABC", ["abc"]]:
    print(repr(v), literal_strings(v))
