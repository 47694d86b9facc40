total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1] * 10))
s = 0.0
for i in range(1, 1001):
    s += 1.0 / i
print(s)
s2 = 0.0
i = 1000
while i >= 1:
    s2 += 1.0 / i
    i -= 1
print(s2, s == s2)
big = 1e16
print(big + 1.0 - big, big - big + 1.0)
vals = [1e100, 1.0, -1e100]
t = 0.0
for v in vals:
    t += v
print(t)
print(0.1 * 10, 0.1 * 3, 0.7 * 3)
print(1.1 * 1.1, 1.21)
print(3.3 / 1.1)
print(100 * 1.1)
print(2.675 * 100)
x = 0.0
steps = 0
while x < 1.0:
    x += 0.125
    steps += 1
print(x, steps)
y = 1.0
while y > 1e-5:
    y /= 3
print(y)
print(4.35 * 100, 0.57 * 100, 1.15 * 100)
print(1e-16 + 1.0, 1.0 + 2e-16, 1.0 + 3e-16)
print(123456789.0 * 1000000000.0)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
