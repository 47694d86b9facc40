# Iteration order of str sets under PYTHONHASHSEED=0.
print(set("abcdefg"))
print(set("hello world"))
print(set(["apple", "banana", "cherry", "date", "elderberry", "fig"]))
print(set(["", "a", "aa", "aaa"]))
print(set(["é", "ü", "ß", "☃", "𝄞", "z"]))
print(frozenset(["x", "y", "z"]))

words = "it was the best of times it was the worst of times it was the age of wisdom".split()
s = set()
for w in words:
    s.add(w)
    print(len(s), s)
print(sorted(s))

# Removing and re-adding.
for w in ["the", "of", "times"]:
    s.remove(w)
print(s)
for w in ["times", "age", "zebra", "the"]:
    s.add(w)
print(s)

# Mixed strings and numbers.
print(set(["1", 1, "2", 2, "three", 3.0]))
print(set([("a", 1), ("b", 2), ("a", 1)]))

# A larger vocabulary.
text = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat"
vocab = set(text.split())
print(len(vocab), vocab)
chars = set(text)
print(len(chars), chars)
print(vocab & set(["ut", "et", "nope"]), vocab - set(text.split()[5:]))
keys = set()
for i in range(60):
    keys.add(f"key{i}")
print(keys)
