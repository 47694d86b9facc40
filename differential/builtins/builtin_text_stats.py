text = """Call me Ishmael. Some years ago - never mind how long precisely -
having little or no money in my purse, and nothing particular to interest
me on shore, I thought I would sail about a little and see the watery part
of the world."""
lines = text.splitlines()
words = text.split()
print(len(text), len(lines), len(words))
clean = []
for w in words:
    core = w.strip(".,;-").lower()
    if core:
        clean.append(core)
print(len(clean), sorted(clean)[:5], sorted(clean)[-3:])
lengths = []
for w in clean:
    lengths.append(len(w))
print(min(lengths), max(lengths), sum(lengths), round(sum(lengths) / len(lengths), 3))
print(max(clean, key=len), min(clean, key=len))
freq = {}
for w in clean:
    freq[w] = freq.get(w, 0) + 1
repeated = []
for w, c in sorted(freq.items()):
    if c > 1:
        repeated.append((w, c))
print(repeated)
for i, line in enumerate(lines, 1):
    print(i, len(line), len(line.split()), line[:15])
letters = 0
for ch in text:
    if ch.isalpha():
        letters += 1
print(letters, text.count("e"), text.count("the"), text.lower().count("i"))
print(list(reversed(clean))[:4])
print(sorted(freq)[:4])
