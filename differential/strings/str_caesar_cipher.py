def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch

def caesar(text, k):
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out

def vigenere(text, key, direction):
    out = ""
    j = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[j % len(key)].lower()) - ord("a")
            out += shift_char(ch, k * direction)
            j += 1
        else:
            out += ch
    return out

msg = "Hello, World! The quick brown fox jumps over the lazy dog."
for k in [0, 1, 3, 13, 25, 26, -1, 52]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar("ROT13 twice", 13), 13))
enc = vigenere("Attack at dawn!", "LEMON", 1)
print(enc)
print(vigenere(enc, "LEMON", -1))
freq = {}
for ch in caesar(msg, 7).lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
best = ""
bestn = 0
for ch in sorted(freq):
    if freq[ch] > bestn:
        best = ch
        bestn = freq[ch]
print(best, bestn)
