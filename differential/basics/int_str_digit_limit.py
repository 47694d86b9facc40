s = "1" * 4300
n = int(s)
print(len(str(n)))
print(n % 1000007)
try:
    int("1" * 5000)
    print("no error")
except ValueError as e:
    print("ValueError", e)
try:
    int("-" + "9" * 4301)
    print("no error")
except ValueError as e:
    print("ValueError", e)
try:
    s2 = str(10 ** 5000)
    print(len(s2))
except ValueError as e:
    print("ValueError", e)
big = 10 ** 4299
print(len(str(big)))
try:
    print(len(str(big * 10)))
except ValueError as e:
    print("ValueError", e)
try:
    print(len(repr(-(10 ** 4400))))
except ValueError as e:
    print("ValueError", e)
x = 2 ** 10000
print(x % 10 ** 9)
print(x >> 9990)
print(int("f" * 5000, 16) % 1000)
print(len(hex(2 ** 20000)))
