samples = ["hello", "WORLD", "MiXeD CaSe", "123abc", "", "  spaced  ", "ß", "İ", "ǈ", "ÉCOLE", "σς", "ΣΑΣ", "a1!B2@"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), s.isupper(), s.islower())
print("hello".upper().lower() == "hello")
print("Straße".upper(), "Straße".upper().lower())
print("ABC".lower() + "def".upper())
t = "The Quick Brown Fox"
lowered = t.lower()
counts = {}
for ch in lowered:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(t.upper() == t.upper().upper())
print("x".upper() * 3, "ABC"[1].lower())
mixed = "aBcDeF"
swapped = ""
for ch in mixed:
    if ch.isupper():
        swapped += ch.lower()
    else:
        swapped += ch.upper()
print(swapped)
print("123".upper(), "!?".lower(), "中文".upper())
