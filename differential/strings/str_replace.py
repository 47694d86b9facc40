s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 1))
print(s.replace("the", "a", 2))
print(s.replace("the", "a", 0))
print(s.replace("the", "a", -1))
print(s.replace("dog", "cow"))
print(s.replace(" ", ""))
print(s.replace("at", "AT").replace("AT", "@"))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"), repr("".replace("a", "b")))
print("hello".replace("l", ""))
print("😀😀".replace("😀", "中"))
print("a.b.c".replace(".", "..", 1))
print("mississippi".replace("ss", "SS").replace("i", "!", 2))
try:
    print("abc".replace(1, "x"))
except TypeError as e:
    print("TypeError", e)
try:
    print("abc".replace("a"))
except TypeError as e:
    print("TypeError", e)
try:
    print("abc".replace("a", "b", "c"))
except TypeError as e:
    print("TypeError", e)
template = "Dear NAME, your order ORDER ships DATE."
data = {"NAME": "Ann", "ORDER": "#42", "DATE": "today"}
out = template
for key in ["NAME", "ORDER", "DATE"]:
    out = out.replace(key, data[key])
print(out)
print(s)
