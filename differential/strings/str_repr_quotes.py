samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "\\", "\n\t\r", "\x00\x1f\x7f\x80\x9f\xa0", "é中😀", "\u200b\u2028\ufeff", "\U0001F600\U000E0001", "\ud7ff", "'", '"', "''\"\""]
for s in samples:
    r = repr(s)
    print(r, len(r))
print(repr(["a", "b'c", 'd"e']))
print(repr(("x",)), repr({"k": "v'"}))
print(str(["a", 1, "é"]), str(("t",)))
print(repr(repr("x")), repr(str("x")))
print(repr("\\n"), repr("\\x41"))
nested = ["outer", ["inner", "it's"], {"key": '"q"'}]
print(nested)
print(repr(nested) == str(nested))
print(repr("tab\there") + "!", str("tab\there") + "!")
for q in ["'", '"']:
    s = "x" + q + "y"
    r = repr(s)
    print(r, r[0], r[-1], len(r))
both = "a'b\"c"
print(repr(both), str(both), len(repr(both)))
print(repr("\x0b\x0c"), repr("\u00ad"), repr("\u3000"))
print(repr("é" * 3), repr("🙂"), repr(" "))
