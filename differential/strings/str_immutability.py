s = "hello"
t = s
s += " world"
print(s, t)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
u = s.upper()
print(s, u)
v = s.replace("h", "J")
print(s, v)
w = "H" + s[1:]
print(w)
chars = list(s)
chars[0] = "Y"
chars[-1] = "D"
print("".join(chars), s)
try:
    s[1:3] = "xx"
except TypeError as e:
    print("TypeError", e)
def modify(x):
    x += "!!!"
    return x
orig = "base"
res = modify(orig)
print(orig, res)
a = "abc"
b = a
a = a + "d"
print(a, b)
sl = s[:]
print(sl == s)
