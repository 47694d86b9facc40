s = "she sells sea shells by the sea shore"
for sub in ["s", "se", "sea", "shell", "", " ", "z", "e"]:
    print(repr(sub), s.count(sub))
print(s.count("s", 10), s.count("s", 10, 20), s.count("s", -5), s.count("s", -20, -5))
print("aaaa".count("aa"), "aaaaa".count("aa"), "ababab".count("aba"))
print("".count(""), "".count("a"), "abc".count(""), "abc".count("", 1), "abc".count("", 5))
print("😀😀x😀".count("😀"), "中文中".count("中"))
text = "It was the best of times it was the worst of times"
words = text.lower().split()
counted = {}
for w in words:
    if w not in counted:
        counted[w] = text.lower().count(w)
print(counted)
try:
    print(s.count(1))
except TypeError as e:
    print("TypeError", e)
try:
    print(s.count())
except TypeError as e:
    print("TypeError", e)
dna = "AGCTTAGCTAAGGCTTACG"
for base in "ACGT":
    print(base, dna.count(base))
print(dna.count("AG") + dna.count("CT"))
