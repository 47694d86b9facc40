s = "python"
for i in [0, 1, 5, -1, -6, 3, -3]:
    print(i, s[i])
for i in [6, -7, 100, -100]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError", e)
try:
    print(""[0])
except IndexError as e:
    print("IndexError", e)
try:
    print(s["a"])
except TypeError as e:
    print("TypeError", e)
try:
    print(s[1.0])
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError", e)
print(s[True], s[False])
print(s[2 ** 3 - 3])
big = 2 ** 64
try:
    print(s[big])
except IndexError as e:
    print("IndexError", e)
i = len(s) - 1
out = ""
while i >= 0:
    out += s[i]
    i -= 2
print(out)
t = "x"
print(t[0], t[-1], t[0][0][0])
