a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, 3 * a, a * 0, a * -2, a * 1, "" * 100)
print((a + b) * 2, a + b * 2)
print("-" * 20)
print("ab" * True, "ab" * False)
s = ""
for i in range(5):
    s += str(i)
    s = s + ","
print(s)
print(len("xy" * 1000), ("xy" * 1000)[-3:])
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" - "b")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" + None)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" + ["b"])
except TypeError as e:
    print("TypeError", e)
try:
    print("abc" / 2)
except TypeError as e:
    print("TypeError", e)
parts = ["x"] * 3
print(parts, "".join(parts))
x = "ha"
x *= 3
print(x)
print("a" + str(1) + str(2.5) + str(None) + str(True) + str([1]))
