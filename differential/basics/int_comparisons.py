print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(-5 < -4 < -3, 1 < 3 < 2, 5 > 4 > 3 > 2)
print(1 == 1.0, 1 == 1.5, 2 < 2.5, 3 >= 3.0)
print(True == 1, False == 0, True + True, True > False)
print(2 ** 64 > 2 ** 63, 2 ** 64 == 18446744073709551616, -(2 ** 64) < 0)
print(2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308)
print(10 ** 400 < float("inf"))
print(-10 ** 400 > float("-inf"))
print(1 == float("nan"), 1 != float("nan"), 1 < float("nan"))
a = 5
print(1 < a < 10, 1 < a > 10, a == 5 == a)
print(0 < a <= 5 < 6 != 7)
print(None == None, None != 0, None == 0)
print(1 == "1", 1 != "1")
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(2.5 >= "x")
except TypeError as e:
    print("TypeError", e)
print(max(3, 1, 2), min(3, 1, 2))
x = 7
y = 7
print(x == y, x != y, not x == y)
vals = [3, -1, 0, 2 ** 70, -2 ** 70, 5]
for v in vals:
    if v < 0:
        print(v, "neg")
    elif v == 0:
        print(v, "zero")
    elif v > 2 ** 64:
        print(v, "huge")
    else:
        print(v, "pos")
