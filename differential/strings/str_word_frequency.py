text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
clean = ""
for ch in text.lower():
    if ch.isalpha() or ch.isspace():
        clean += ch
    else:
        clean += " "
words = clean.split()
print(len(words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
def by_count(item):
    return (-item[1], item[0])
ranked = sorted(counts.items(), key=by_count)
for w, c in ranked[:6]:
    print(f"{w:<12}{c:>3} {'#' * c}")
longest = max(words, key=len)
print(longest, len(longest))
print(min(words, key=len))
lengths = {}
for w in words:
    l = len(w)
    lengths[l] = lengths.get(l, 0) + 1
for l in sorted(lengths):
    print(l, lengths[l])
print(sorted(counts)[:5])
