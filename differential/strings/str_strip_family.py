samples = ["  hello  ", "\t\n hi \r\n", "", "   ", "no-space", "xxhixx", " \u3000wide\u3000 ", "\x0b\x0cvt\x1c"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("abcHELLOcba".strip("cba")))
print(repr("www.example.com".strip("w.moc")))
print(repr("  both  ".strip(" ")), repr("..dots..".strip(".")))
print(repr("aaaa".strip("a")), repr("abc".strip("")), repr("abc".strip(None)))
print(repr("123abc321".lstrip("0123456789")), repr("123abc321".rstrip("0123456789")))
print(repr("😀😀x😀".strip("😀")))
try:
    print("abc".strip(5))
except TypeError as e:
    print("TypeError", e)
try:
    print("abc".lstrip(["a"]))
except TypeError as e:
    print("TypeError", e)
lines = ["  alpha  ", "beta   ", "   gamma"]
cleaned = []
for l in lines:
    cleaned.append(l.strip())
print(cleaned)
print("|".join(cleaned))
