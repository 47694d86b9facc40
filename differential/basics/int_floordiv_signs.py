pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7), (6, 3), (-6, 3), (6, -3)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b))
    q, r = divmod(a, b)
    print(q * b + r == a)
big = 10 ** 20 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(divmod(-big, -3))
print(2 ** 64 // 2 ** 32)
print(-(2 ** 64) // 7)
print((2 ** 63) % 1000)
print((-(2 ** 63)) % 1000)
print(5 // 1, -5 // 1, 5 % 1, -5 % 1)
print(123456789 // 10 ** 5, 123456789 % 10 ** 5)
print(-123456789 // 10 ** 5, -123456789 % 10 ** 5)
print(7 // -1, -7 // -1, 0 // -5, -0 // 5)
