vals = [0, -1, 2 ** 70, 1.0, -0.5, 1e100, 1e-100, float("inf"), "s", "it's", 'a"b', "\n", "é", True, False, None, [], [1, "a"], (), (1,), (1, "a"), {}, {"k": [1]}, range(3), range(1, 5, 2)]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(str()))
print(str("abc") == "abc", repr(repr(1)), str(str(1)))
print(str(12) + str(3.5) + str(None))
print(repr([str(1), repr(1)]))
nested = [[1, [2, ["deep", ("t", None)]]], {"a": {"b": {"c": 1.5}}}]
print(str(nested))
print(repr(nested) == str(nested))
print(str(-0.0), str(0.1 + 0.2), str(1 / 3), str(2 / 3), str(10 / 2))
print(str(123456789012345678), str(1.23456789012345678e17))
print(repr("\x7f\x80\xff\u0100"), repr("\t\\"))
pairs = [("int", 42), ("neg", -7), ("float", 2.5), ("str", "q'uote"), ("list", [1, "x"]), ("none", None)]
for label, v in pairs:
    s = str(v)
    r = repr(v)
    print(label, len(s), len(r), s == r)
print(repr(str(5)), str(repr(5)), repr(repr("x")))
print(str([1, 2]) + str((3,)), repr({}) + repr([]))
text = repr("multi\nline")
print(text, len(text), text.count("\\"))
