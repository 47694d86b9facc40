a = 7.5
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(b + a, b - a, b * a, b / a, b // a, b % a, b ** a)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2.5))
print(5.0 % 0.3)
print(-5.0 % 0.3)
print(1e300 % 7)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(10 / 4 * 4)
print(3 * 0.1, 0.1 * 3 == 0.3)
print(True + 0.5, False * 2.5)
print(2 ** 0.5 * 2 ** 0.5)
print(8 ** (1 / 3))
print(1e308 * 10)
print(-1e308 * 10)
print(1e-320 / 1e10)
print(0.0 * -1)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * -1)
print(10 ** 20 / 3)
print(2 ** 70 + 0.5)
print(float(10 ** 15) / 7)
print(abs(-3.5), abs(-0.0), abs(3))
x = 1.0
for i in range(10):
    x *= 1.5
print(x)
x /= 3
print(x)
x -= 0.125
print(x)
x //= 2
print(x)
x %= 5
print(x)
x **= 0.5
print(x)
print(0.1 + 0.7, 0.7 + 0.1 == 0.8)
print(1 - 0.9)
