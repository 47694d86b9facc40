samples = ["a\nb\nc", "a\nb\n", "\n", "", "no newline", "a\r\nb\rc\nd", "x\n\ny", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "trailing\r\n"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True))
print("a\nb".splitlines(keepends=True))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
text = """first line
second line

fourth after blank
"""
lines = text.splitlines()
print(len(lines))
for i, line in enumerate(lines):
    print(i + 1, repr(line), len(line))
nonblank = []
for l in lines:
    if l.strip():
        nonblank.append(l)
print(nonblank)
print("one\ntwo".splitlines()[-1], len("\n\n\n".splitlines()))
