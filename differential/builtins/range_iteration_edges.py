# Iterating ranges: large and negative bounds, steps, and range iterators.

big = range(2**62, 2**62 + 3)
print(list(big), len(big), big[-1], 2**62 + 1 in big)
huge = range(0, 2**100, 2**98)
print(list(huge), len(huge), huge[2], huge.index(2**99))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(0, -1)), list(range(3, 3)))
print(list(range(10)[::3]), list(range(10)[::-4]), list(range(10)[8:2:-2]), range(10)[-3:])
it = iter(range(3))
print(next(it), list(it), next(it, "end"))
r = range(1, 10, 2)
print(list(reversed(r)), r.count(3), r.count(4), r.index(7), 9 in r, 10 in r, 3.0 in r)
print(sum(range(-100, 101)), max(range(7)), min(range(3, -3, -1)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 0, -3))), [i for i in range(2**64, 2**64 + 2)])
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**64)[2**63], range(2**64)[-1] == 2**64 - 1)
for call in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4),
             lambda: r.index(4), lambda: range(3)[5], lambda: range(3)["a"]]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
total = 0
for i in range(10, 0, -1):
    if i % 4 == 0:
        continue
    if i == 2:
        break
    total += i
print(total)
