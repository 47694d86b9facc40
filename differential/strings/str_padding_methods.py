for s in ["7", "-7", "+7", "42", "abc", "", "-", "12345"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(0)), repr(s.zfill(-3)))
for s in ["ab", "abc", "", "中文"]:
    print(repr(s.center(7)), repr(s.center(7, "*")), repr(s.center(6, "-")), repr(s.center(1)))
    print(repr(s.ljust(6)), repr(s.ljust(6, ".")), repr(s.rjust(6)), repr(s.rjust(6, "0")), repr(s.ljust(-1)))
print(repr("x".center(4)), repr("x".center(5)), repr("xy".center(5)), repr("xy".center(4, "=")))
print(repr("abc".center(6, "😀")))
try:
    print("a".center(5, "ab"))
except TypeError as e:
    print("TypeError", e)
try:
    print("a".ljust(5, ""))
except TypeError as e:
    print("TypeError", e)
try:
    print("a".rjust("5"))
except TypeError as e:
    print("TypeError", e)
try:
    print("a".zfill(None))
except TypeError as e:
    print("TypeError", e)
table = [("apples", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12, ".") + str(qty).rjust(4) + str(price).rjust(7))
print("TITLE".center(23, "="))
