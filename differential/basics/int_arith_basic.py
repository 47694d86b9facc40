a = 17
b = 5
print(a + b)
print(a - b)
print(a * b)
print(a // b)
print(a % b)
print(a ** b)
print(a / b)
print(-a + b)
print(-a - -b)
print(a * -b)
print(0 * a)
print(a ** 0)
print(0 ** 0)
print(1 ** 1000)
print((-1) ** 1001)
print((-2) ** 63)
print(2 ** 64 - 1)
print(a + b * 2 - 3)
print((a + b) * (a - b))
print(a - b - 3)
print(2 ** 3 ** 2)
print(-2 ** 2)
print((-2) ** 2)
print(100 // 7 * 7 + 100 % 7)
print(+a, -a, --a, -+-a)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 3
print(x)
x &= 0xF0
print(x)
x ^= 0xFF
print(x)
