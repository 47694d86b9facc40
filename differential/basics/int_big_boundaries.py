b47 = 2 ** 47
b63 = 2 ** 63
b64 = 2 ** 64
for v in [b47 - 1, b47, b47 + 1, -b47, -b47 - 1, b63 - 1, b63, -b63, -b63 - 1, b64 - 1, b64, -b64]:
    print(v, v + 1, v - 1, v * 2, v // 3, v % 7, -v)
print(b63 - 1 + 1 == b63)
print((b63 - 1) * (b63 - 1))
print(b64 * b64)
print(b64 * b64 // b64 == b64)
print(b47 * b47)
print(-b47 * b47)
print(b47 << 17 == b64)
print(b63 >> 16 == b47)
print(3 ** 40)
print(7 ** 23 - 7 ** 22)
print((10 ** 18 + 1) * (10 ** 18 - 1))
print(2 ** 100 - 2 ** 99)
print(abs(-b64), abs(b64))
print(b64 > b63, b63 > b47, -b64 < -b63)
print(b63 == 9223372036854775808)
print(b64 - 1 == 18446744073709551615)
x = b63 - 10
i = 0
while i < 20:
    x += 1
    i += 1
print(x, x > b63)
y = -b63 + 5
for k in range(10):
    y -= 1
print(y, y < -b63)
print(int(b63 / 2) == b63 // 2)
print(b63 / 2, b64 / 3)
