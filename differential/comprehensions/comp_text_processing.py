# Text processing with comprehensions: word counts, ciphers, formatting.

text = "It was the best of times, it was the worst of times; it was the age of wisdom"
words = [w.strip(",;").lower() for w in text.split()]
counts = {w: words.count(w) for w in words}
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print({w for w in words if len(w) > 4})
print({len(w): sorted({v for v in words if len(v) == len(w)}) for w in words})
shift = 3
caesar = "".join(chr((ord(c) - 97 + shift) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
print("".join(chr((ord(c) - 97 - shift) % 26 + 97) if c.isalpha() else c for c in caesar))
print([f"{i:02d}:{w:<6}|" for i, w in enumerate(words[:5])])
print(" ".join(w.capitalize() for w in "make each word title case".split()))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
vowels = {v: sum(1 for c in text.lower() if c == v) for v in "aeiou"}
print(vowels)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("mango", 2.0, 1)]
print("\n".join(f"{name:>6} {price:5.2f} x{qty:<3} = {price * qty:6.2f}" for name, price, qty in table))
print([line.split("=") for line in "a=1\nb=2\nc=3".splitlines()])
print({k: int(v) for k, v in (pair.split("=") for pair in "x=10;y=20;z=30".split(";"))})
print([c for c in "Mississippi" if c.isupper()] + [c for c in "Mississippi" if c == "s"])
print(sorted(set("".join(words)) - set("aeiou ,;")))
print(["".join(reversed(w)) for w in words if w == "".join(reversed(w))])
try:
    print({k: int(v) for k, v in (p.split(":") for p in ["a:1", "b:two"])})
except ValueError as e:
    print("ValueError", e)
try:
    print(dict(p.split(":") for p in ["a:1", "b"]))
except ValueError as e:
    print("ValueError", e)
