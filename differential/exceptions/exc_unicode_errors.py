# UnicodeEncodeError / UnicodeTranslateError fields and messages; the
# argument checks of all three Unicode errors.
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(str(e))
print(repr(e))
for start, end in [(1, 3), (0, 1), (4, 5), (7, 9), (5, 5), (3, 2)]:
    print(start, end, str(UnicodeEncodeError("latin-1", "ab\u20ac\U0001f600e", start, end, "bad")))
t = UnicodeTranslateError("x\u1234y", 1, 2, "no mapping")
print(t.encoding, t.object, t.start, t.end, t.reason, str(t), repr(t))
print(str(UnicodeTranslateError("abc", 0, 3, "none")))
print(isinstance(e, ValueError), issubclass(UnicodeTranslateError, UnicodeError))
print(repr(UnicodeError("plain")), str(UnicodeError()))

cases = [
    lambda: UnicodeEncodeError("ascii", "x", 0),
    lambda: UnicodeEncodeError(1, "x", 0, 1, "r"),
    lambda: UnicodeEncodeError("ascii", 5, 0, 1, "r"),
    lambda: UnicodeEncodeError("ascii", "x", "0", 1, "r"),
    lambda: UnicodeEncodeError("ascii", "x", 0, 1.5, "r"),
    lambda: UnicodeEncodeError("ascii", "x", 0, 1, None),
    lambda: UnicodeEncodeError("ascii", "x", 0, 1, "r", extra=1),
    lambda: UnicodeEncodeError("ascii", "x", 2**70, 1, "r"),
    lambda: UnicodeTranslateError("x", 0, 1),
    lambda: UnicodeTranslateError(3, 0, 1, "r"),
    lambda: UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r"),
    lambda: UnicodeDecodeError(8, "x", 0, 1, "r"),
    lambda: UnicodeDecodeError("utf-8", "x", 0, 1),
]
for make in cases:
    try:
        make()
        print("made")
    except (TypeError, OverflowError) as err:
        print(type(err).__name__ + ":", err)

def encode_ascii(text):
    for i, ch in enumerate(text):
        if ord(ch) > 127:
            raise UnicodeEncodeError("ascii", text, i, i + 1, "ordinal not in range(128)")
    return text

print(encode_ascii("plain"))
encode_ascii("caf\xe9")
