import math

for x in [1, 2, math.e, 10, 100, 0.5, 1e-10, 1e300, 2 ** 1000]:
    print(x if x < 1e20 else "big", math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(81, 3), math.log(1000, 10), math.log(2, 0.5))
print(math.log1p(0), math.log1p(1e-10), math.log1p(-0.5), math.expm1(0), math.expm1(1e-10), math.expm1(1))
print(math.log2(1024), math.log2(2 ** 0.5), math.log10(0.001), math.log10(10 ** 22))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.log(math.inf), math.log10(math.inf))
n = 1
while math.log10(n) < 20:
    n *= 7
print(n, math.floor(math.log10(n)) + 1, len(str(n)))
print(round(math.log(2), 12), round(math.log(3) / math.log(2), 12))
for b in [2, 3, 10, 16]:
    print(b, round(math.log(1024, b), 12), round(math.log(b ** 5, b), 12))
print(math.log(1), math.log2(1), math.log10(1), math.log1p(-0.0))
def digits(n):
    return math.floor(math.log10(n)) + 1
print(digits(9), digits(10), digits(999999), digits(10 ** 15))
