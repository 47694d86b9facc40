samples = ["abc", "ABC", "Abc", "123", "abc123", "12.5", "-1", "", " ", " \t\n", "a b", "²", "½", "٣", "中文", "é", "_", "A1!", "ǅ", "Ⅻ"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower" if ch.islower() else "alpha"
    if ch.isspace():
        return "space"
    return "punct"
out = []
for ch in "Hi 5!\tx":
    out.append(classify(ch))
print(out)
def is_identifier_like(s):
    if not s:
        return False
    if not (s[0].isalpha() or s[0] == "_"):
        return False
    for c in s[1:]:
        if not (c.isalnum() or c == "_"):
            return False
    return True
for name in ["foo", "_bar", "9lives", "ok_2", "no-dash", "", "ünïcode"]:
    print(name, is_identifier_like(name))
print("ABC123".isupper(), "abc123".islower(), "123".isupper(), "123".islower())
