values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]

def to_roman(n):
    if n <= 0 or n >= 4000:
        raise ValueError("out of range: " + str(n))
    out = ""
    for i in range(len(values)):
        while n >= values[i]:
            out += symbols[i]
            n -= values[i]
    return out

def from_roman(s):
    table = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    prev = 0
    for ch in reversed(s):
        v = table[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(n, r, from_roman(r))
ok = True
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        ok = False
print("roundtrip", ok)
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    from_roman("MCMZ")
except KeyError as e:
    print("KeyError", e)
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if len(r) > len(longest):
        longest = r
print(longest, from_roman(longest))
