import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(25))
print(len(str(math.factorial(500))), math.factorial(20) == 2432902008176640000)
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(10, 11), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
for bad_call in range(6):
    try:
        if bad_call == 0:
            math.factorial(-1)
        elif bad_call == 1:
            math.factorial(2.5)
        elif bad_call == 2:
            math.comb(-1, 2)
        elif bad_call == 3:
            math.isqrt(-4)
        elif bad_call == 4:
            math.gcd(1.5, 3)
        else:
            math.perm(5, -1)
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
row = []
for k in range(11):
    row.append(math.comb(10, k))
print(row, sum(row) == 2 ** 10)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)) == math.factorial(20), math.prod([1, 2], start=10))
