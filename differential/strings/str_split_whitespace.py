samples = ["a b c", "  leading and trailing  ", "multiple   spaces\tand\ttabs\nnewlines", "", "   ", "single", "a\r\nb\x0bc\x0cd", "x\u3000y\u00a0z"]
for s in samples:
    print(repr(s), s.split(), len(s.split()))
print("a b c d e".split(None, 2))
print("a b c d e".split(None, 0))
print("  a b c  ".split(None, 1))
print("a b c d e".split(maxsplit=1))
print("a b c".split(None, -1))
print("one two three".rsplit(None, 1))
print("  one two three  ".rsplit(None, 1))
print("one two three".rsplit())
words = "the cat and the hat and the bat".split()
print(words, len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(" ".join("  irregular   spacing here ".split()))
line = "  name:   Alice   age:  30  "
tokens = line.split()
print(tokens, tokens[1], int(tokens[3]) + 1)
