# str.maketrans builds translation tables; str.translate applies them.

print(str.maketrans("abc", "xyz"), str.maketrans("ab", "xy", "z"), str.maketrans("", ""))
print(str.maketrans({"a": 1, 2: "x", "b": None, "é": "e"}), "q".maketrans("a", "b"))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
print("abc".translate({97: "X", 98: None, 99: 100}), "abc".translate({97: "xyz"}), "".translate({}))
print("héllo wörld".translate({ord("é"): "e", ord("ö"): "o", ord(" "): "_"}))
print("abc".translate(["q"] * 98), "abc".translate("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4))
print("keep all".translate({}), "drop vowels".translate(str.maketrans("", "", "aeiou")))
print("tabs\tand\nnewlines".translate({9: "\\t", 10: "\\n"}), "mixed".translate({109: 0x1F600}))
print("ab".translate({97: True, 98: False}) == "\x01\x00", "x".translate({120: ""}) == "")
for call in [
    lambda: str.maketrans(),
    lambda: str.maketrans(1),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans("a", "b", None),
    lambda: str.maketrans("a", "b", "c", "d"),
    lambda: "abc".translate(1),
    lambda: "abc".translate({97: 1.5}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate({97: -1}),
    lambda: "abc".translate(),
    lambda: "abc".translate(table={}),
    lambda: "abc".translate({97: b"x"}),
]:
    try:
        print(repr(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


# Any subscriptable table works: a LookupError keeps the character.
print("abc".translate(range(98)), "abc".translate(range(1, 200)), "abc".translate(b"\x00" * 99))
print("abc".translate("xy" * 49))
