def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def gcd_rec(a, b):
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)

def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)

def ext_gcd(a, b):
    if b == 0:
        return (a, 1, 0)
    g, x, y = ext_gcd(b, a % b)
    return (g, y, x - (a // b) * y)

pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (2 ** 64, 2 ** 40 * 3), (123456789012, 987654321098), (1071, 462)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b))
for a, b in [(240, 46), (99, 78), (17, 3120)]:
    g, x, y = ext_gcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm 1..20", acc)
fib_a = 1
fib_b = 1
for i in range(50):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b, gcd(fib_a, fib_b))
print(gcd(2 ** 100 - 1, 2 ** 60 - 1), 2 ** 20 - 1)
