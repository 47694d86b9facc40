data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
print(counts)
def count_of(k):
    return counts[k]
mode = max(counts, key=count_of)
print("mode", mode, counts[mode])
by_parity = {"even": [], "odd": []}
for x in data:
    by_parity["even" if x % 2 == 0 else "odd"].append(x)
print(by_parity)
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
for freq in sorted(inverse, reverse=True):
    print(freq, sorted(inverse[freq]))
words = "one two three four five six seven eight nine ten".split()
by_len = {}
for w in words:
    l = len(w)
    if l not in by_len:
        by_len[l] = []
    by_len[l].append(w)
print(by_len)
first_seen = {}
for i, w in enumerate(words):
    ch = w[0]
    if ch not in first_seen:
        first_seen[ch] = i
print(first_seen)
hist = {}
for x in data:
    bucket = (x // 3) * 3
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b}-{b + 2}: {'*' * hist[b]}")
