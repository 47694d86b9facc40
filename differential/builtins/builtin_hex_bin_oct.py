vals = [0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 - 1, -(2 ** 63), 10 ** 30, True, False]
for v in vals:
    print(v, hex(v), bin(v), oct(v))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8), int(hex(-99), 0))
for bad in [1.5, "10", None, [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    bin(2.0)
except TypeError as e:
    print("TypeError", e)
try:
    oct("7")
except TypeError as e:
    print("TypeError", e)
print(hex(0xDEADBEEF).upper(), bin(5)[2:].zfill(8), oct(64)[2:])
print(len(bin(2 ** 100)) - 2, hex(2 ** 100).count("0"))
def bits(n):
    return bin(n)[2:].count("1")
print(bits(2 ** 64 - 1), bits(0), bits(12345))
