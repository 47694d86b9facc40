text = "Mississippi river banks are muddy in spring"
hist = {}
for ch in text.lower():
    if ch == " ":
        continue
    hist[ch] = hist.get(ch, 0) + 1
keys = sorted(hist)
for k in keys:
    print(k, hist[k], "*" * hist[k])
def count_key(k):
    return hist[k]
top = sorted(keys, key=count_key, reverse=True)
print(top[:5])
most = max(keys, key=count_key)
print(most, hist[most])
vowels = 0
consonants = 0
for ch in text.lower():
    if ch in "aeiou":
        vowels += 1
    elif ch.isalpha():
        consonants += 1
print(vowels, consonants)
width = 20
maxc = hist[most]
for k in top[:4]:
    bar = "#" * (hist[k] * width // maxc)
    print(f"{k}: {bar.ljust(width)}|")
