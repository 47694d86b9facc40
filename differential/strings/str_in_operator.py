s = "the quick brown fox"
for sub in ["quick", "fox", "the", "", " ", "Quick", "quick brown", "xyz", "t", "x "]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "", "" in "abc")
print("中" in "中文", "😀" in "a😀b", "ab" in "a😀b")
try:
    print(1 in "123")
except TypeError as e:
    print("TypeError", e)
try:
    print(None in "abc")
except TypeError as e:
    print("TypeError", e)
try:
    print(["a"] in "abc")
except TypeError as e:
    print("TypeError", e)
vowels = "aeiou"
count = 0
for ch in s:
    if ch in vowels:
        count += 1
print("vowels", count)
def has_any(text, chars):
    for c in chars:
        if c in text:
            return True
    return False
print(has_any("hello", "xyz"), has_any("hello", "xyzo"))
print("a" in ["a", "b"], "a" in ("abc",), "a" in {"a": 1})
