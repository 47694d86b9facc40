# Set comprehensions: iteration order of ints, strings and tuples must
# match CPython's hash layout, including after growth and removal.

print({x * 7 % 23 for x in range(40)})
print({x for x in range(-5, 5)})
print({2 ** k for k in range(0, 70, 7)})
print({k / 4 for k in range(9)})
print({s for s in "the quick brown fox jumps over the lazy dog".split()})
print({(a, b) for a in range(3) for b in "xy"})
print({c for c in "abracadabra"})
print({None if x % 3 == 0 else x for x in range(7)})
s = {x for x in range(100)}
s -= {x for x in range(100) if x % 10}
print(s)
print({x for x in s if x > 40} | {1000, -1})
print({x for x in [3.0, 3, True, 1, 1.0, 0, False]})
print({frozenset(range(n)) for n in range(3)} == {frozenset(), frozenset({0}), frozenset({0, 1})})
print(sorted({(x % 3, x % 2) for x in range(12)}))
print({-x for x in range(20) if x % 3 == 1})
print({str(x) * 2 for x in range(12)})
