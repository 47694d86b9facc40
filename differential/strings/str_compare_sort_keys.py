words = ["banana", "Apple", "cherry", "apple", "date", "Elder", "fig", "Banana", "éclair", "zebra", "Zulu"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
def lower_key(w):
    return w.lower()
print(sorted(words, key=lower_key))
def len_then_alpha(w):
    return (len(w), w.lower(), w)
print(sorted(words, key=len_then_alpha))
def last_char(w):
    return w[-1]
print(sorted(words, key=last_char))
print(max(words), min(words), max(words, key=len), min(words, key=lower_key))
def reverse_str(w):
    return w[::-1]
print(sorted(words, key=reverse_str))
versions = ["1.10.0", "1.2.0", "1.2.10", "1.2.9", "0.9", "10.0"]
print(sorted(versions))
def version_key(v):
    parts = []
    for p in v.split("."):
        parts.append(int(p))
    return parts
print(sorted(versions, key=version_key))
mixed_case = ["b", "B", "a", "A", "_", "1", " "]
print(sorted(mixed_case))
print("abc" < "abcd" < "abd" < "b")
