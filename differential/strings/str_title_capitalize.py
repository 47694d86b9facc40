samples = ["hello world", "HELLO WORLD", "hello-world foo_bar", "they're bill's", "123abc def", "", "a", "ÉCOLE normale", "mIxEd CaSe", "2nd place", "ǆemal", "x.y.z"]
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()))
print("hello".capitalize() == "Hello", "Hello".title() == "Hello")
print("ßa".capitalize(), "ßa".title())
def my_title(s):
    out = ""
    prev_alpha = False
    for ch in s:
        if ch.isalpha():
            if prev_alpha:
                out += ch.lower()
            else:
                out += ch.upper()
            prev_alpha = True
        else:
            out += ch
            prev_alpha = False
    return out
for s in ["hello world", "they're", "a1b2 c3"]:
    print(my_title(s), s.title(), my_title(s) == s.title())
