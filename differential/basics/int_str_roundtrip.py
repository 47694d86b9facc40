vals = [0, 1, -1, 9, 10, 99, 100, -100, 12345, 2 ** 31, 2 ** 32 - 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 30, -(10 ** 30) - 1, 7 ** 77]
for v in vals:
    s = str(v)
    r = repr(v)
    print(s, len(s), s == r, int(s) == v)
print(str(0) + str(0), str(-0))
print(str(1_000_000), 0x_ff, 0b_1010, 0o_17)
print(123_456_789 * 1_000)
print(int(str(2 ** 200)) == 2 ** 200)
n = 1
text = ""
for i in range(1, 21):
    n *= i
    text = str(n)
print(text, len(text))
print(str(-5)[0], str(-5)[1:], str(12345)[::-1])
print(int(str(12345)[::-1]) + 1)
print(str(True + 1), str(3 * 7))
nums = []
for i in range(-3, 4):
    nums.append(str(i * 111))
print(",".join(nums))
print(int("-" + "0" * 50 + "7"))
print(str(2 ** 100).count("7"))
big = 2 ** 1000
print(len(str(big)), str(big)[:10], str(big)[-10:])
