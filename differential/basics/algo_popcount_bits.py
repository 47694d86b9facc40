def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def bit_len(n):
    n = abs(n)
    length = 0
    while n:
        n >>= 1
        length += 1
    return length

def reverse_bits(n, width):
    out = 0
    for i in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out

for n in [0, 1, 2, 3, 255, 256, 2 ** 64 - 1, 2 ** 64, 0xAAAAAAAA, 12345678987654321]:
    print(n, popcount(n), bit_len(n), bin(n).count("1") == popcount(n))
print(bit_len(-8), bit_len(-(2 ** 70)))
for n in [1, 6, 0b1011, 0xF0]:
    print(n, reverse_bits(n, 8), bin(reverse_bits(n, 8)))
def gray(n):
    return n ^ (n >> 1)
codes = []
for i in range(16):
    codes.append(gray(i))
print(codes)
ok = True
for i in range(15):
    if popcount(codes[i] ^ codes[i + 1]) != 1:
        ok = False
print("gray ok", ok)
mask = 0
for b in [0, 3, 5, 63, 64, 100]:
    mask |= 1 << b
print(mask, popcount(mask))
for b in [3, 4, 64, 99, 100]:
    print(b, (mask >> b) & 1)
print(-1 & 0xFF, -256 & 0xFFFF, (-1 >> 3) & 7)
