print(pow(2, 10))
print(pow(2, 10, 1000))
print(pow(3, 200, 1000000007))
print(pow(-3, 3, 7))
print(pow(3, -1, 7))
print(pow(2, -1, 9))
print(pow(5, -2, 13))
print(pow(-5, -1, 13))
print(pow(7, 0, 13))
print(pow(7, 5, 1))
print(pow(7, 5, -10))
print(pow(-7, 5, -10))
print(pow(2, 100, 2 ** 64))
print(pow(12345678901234567, 987654321, 10 ** 9 + 9))
print(pow(2, -3))
print(pow(-2, -3))
print(pow(2.0, 3))
print(pow(4, 0.5))
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError", e)
try:
    print(pow(2, 5, 0))
except ValueError as e:
    print("ValueError", e)
try:
    print(pow(2.0, 5, 3))
except TypeError as e:
    print("TypeError", e)
try:
    print(pow(2, 5.0, 3))
except TypeError as e:
    print("TypeError", e)
try:
    print(pow(0, -1, 5))
except ValueError as e:
    print("ValueError", e)
for m in [5, 7, 11, 13]:
    for a in range(1, m):
        inv = pow(a, -1, m)
        if (a * inv) % m != 1:
            print("bad", a, m)
    print("inverses ok", m)
print(pow(10, 30, 10 ** 9 + 7))
print(pow(2, 5, 3))
