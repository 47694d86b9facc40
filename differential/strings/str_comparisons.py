pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("abc", "abd"), ("abc", "ab"), ("Z", "a"), ("apple", "Apple"), ("10", "9"), ("é", "z"), ("😀", "中")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print("a" == "a", "a" == "A", "abc" == "ab" + "c")
print("a" < "b" < "c", "abc" < "abd" <= "abd")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "", "10", "9"]))
print(max("hello"), min("hello"), max(["b", "abc", "ab"]), min(["b", "abc", "ab"]))
print("a" == 1, "1" == 1, "" == None, "" == [])
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" >= None)
except TypeError as e:
    print("TypeError", e)
try:
    print([1] <= "a")
except TypeError as e:
    print("TypeError", e)
print("abc".upper() == "ABC", "ABC".lower() != "abc")
words = ["pear", "fig", "apple", "kiwi"]
longest = words[0]
for w in words:
    if w > longest:
        longest = w
print(longest)
