words = ["café", "straße", "中文字符", "emoji 😀!", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "naïve", "ÅÄÖ"]
for w in words:
    print(w, len(w), w[0], w[-1], w[::-1])
    print(repr(w))
print("ß".upper(), "straße".upper(), "SS".lower())
print("É".lower(), "é".upper(), "Σ".lower(), "ǅ".upper())
print("中" in "中文", "文" * 3, "中" + "文")
print("😀" < "😁", "é" > "e", "a" < "é")
print(ord("é"), ord("中"), ord("😀"), ord("𝔘"))
print(chr(233), chr(20013), chr(128512), chr(120088))
s = "a😀b𝔘c"
for ch in s:
    print(ch, ord(ch))
print(s.find("b"), s.index("𝔘"), s.count("😀"), s.replace("😀", ":)"))
print(s[1:4], s[::2], s[-2:])
print("ÀÉÎ".isupper(), "àéî".islower(), "中文".isalpha(), "١٢٣".isdigit())
print("über".capitalize(), "ÉCOLE".title(), "ﬁne".upper())
print(len("é"), len("e\u0301"), "é" == "e\u0301")
print("日本語".center(9, "*"), "日本".ljust(5, "-") + "|")
print(f"{'中文':>6}|{'😀':^5}|")
