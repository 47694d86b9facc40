d = {"a": 1, "b": None}
print(d.get("a"), d.get("b"), d.get("c"), d.get("c", 0), d.get("b", "dflt"))
print(d.get("a", 99))
print(d)
print(d.setdefault("a", 100), d)
print(d.setdefault("c", 3), d)
print(d.setdefault("d"), d)
print(d.setdefault("b", "x"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d.setdefault([1], 2)
except TypeError as e:
    print("TypeError", e)
nested = {}
nested.setdefault("x", {}).setdefault("y", {})["z"] = 1
nested.setdefault("x", {}).setdefault("w", 2)
print(nested)
cache = {}
def fib(n):
    v = cache.get(n)
    if v is not None:
        return v
    v = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = v
    return v
print(fib(80), len(cache))
