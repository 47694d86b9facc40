s = "hello world, hello python"
for sub in ["hello", "world", "o", "python", "xyz", "", "h", "n", ", "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", 5, 8), s.find("hello", 1))
print(s.rfind("o", 0, 10), s.rfind("hello", 0, 12), s.rfind("hello", 0, 17))
print(s.find("o", -5), s.rfind("o", -10, -3), s.find("o", 100), s.find("", 100), s.find("", 25))
print(s.find("", 3), s.rfind(""), s.rfind("", 3, 6))
print("中文中文".find("文"), "中文中文".rfind("文"), "a😀b😀".rfind("😀"))
print("aaa".find("aa"), "aaa".rfind("aa"))
def find_all(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(find_all("abracadabra", "a"), find_all("abracadabra", "abra"), find_all("aaaa", "aa"))
try:
    print(s.find(5))
except TypeError as e:
    print("TypeError", e)
try:
    print(s.find())
except TypeError as e:
    print("TypeError", e)
print(s.find("o", None, None), s.find("o", None, 5))
