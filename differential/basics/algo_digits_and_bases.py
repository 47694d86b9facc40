def digits(n, base):
    if n == 0:
        return [0]
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        out.append(r)
    out.reverse()
    if neg:
        out[0] = -out[0]
    return out

def to_base(n, base):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    s = ""
    while n > 0:
        s = chars[n % base] + s
        n //= base
    return sign + s

def digit_sum(n):
    total = 0
    for ch in str(abs(n)):
        total += int(ch)
    return total

for n in [0, 7, 255, -255, 1000, 2 ** 64, -(2 ** 63)]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
    print(int(to_base(n, 7), 7) == n, int(to_base(n, 36), 36) == n)
print(digits(1234, 10), digits(255, 16), digits(-10, 2), digits(0, 5))
print(digit_sum(2 ** 100), digit_sum(-999), digit_sum(0))
fact = 1
for i in range(1, 101):
    fact *= i
print(digit_sum(fact))
s = str(fact)
zeros = 0
i = len(s) - 1
while s[i] == "0":
    zeros += 1
    i -= 1
print("trailing zeros of 100!", zeros)
def is_palindrome(n):
    s = str(n)
    return s == s[::-1]
pals = []
for n in range(100, 200):
    if is_palindrome(n):
        pals.append(n)
print(pals)
print(is_palindrome(12345678987654321), is_palindrome(2 ** 64))
