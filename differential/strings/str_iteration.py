s = "Hello, World!"
out = []
for ch in s:
    out.append(ch)
print(out)
print(list("abc"), tuple("xy"), list(""))
upper = 0
lower = 0
other = 0
for c in s:
    if c.isupper():
        upper += 1
    elif c.islower():
        lower += 1
    else:
        other += 1
print(upper, lower, other)
for i, c in enumerate("abc"):
    print(i, c)
for a, b in zip("abc", "xyz"):
    print(a + b)
rev = ""
for c in "stressed":
    rev = c + rev
print(rev)
for c in reversed("hello"):
    print(c, end="")
print()
codes = []
for c in "AZaz09":
    codes.append(ord(c))
print(codes)
s2 = ""
for code in range(ord("a"), ord("a") + 26, 5):
    s2 += chr(code)
print(s2)
for c in "a😀中":
    print(repr(c), len(c))
print(sorted("python"), "".join(sorted("python")))
print(sorted("hello", reverse=True))
