vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40)]
for v in vals:
    print(v, ~v, v & 0xFF, v | 0x10, v ^ 0xAA, v << 3, v >> 2)
print(6 & 3, 6 | 3, 6 ^ 3)
print(-6 & 3, -6 | 3, -6 ^ 3)
print(-6 & -3, -6 | -3, -6 ^ -3)
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 64)
print((1 << 100) >> 99)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1)
print(12345678901234567890 >> 10)
print(-12345678901234567890 >> 10)
print(0xFFFFFFFFFFFFFFFF & 0x0F0F0F0F0F0F0F0F)
print((2 ** 64 - 1) ^ (2 ** 63))
print(~(2 ** 64))
print(True & False, True | False, True ^ True)
print(True << 3, -True, -False)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -5)
except ValueError as e:
    print("ValueError", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 | 2.5)
except TypeError as e:
    print("TypeError", e)
try:
    print(2.0 << 1)
except TypeError as e:
    print("TypeError", e)
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
x <<= 5
print(x)
x >>= 3
print(x)
