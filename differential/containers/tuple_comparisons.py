pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((2,), (1, 5)), (("a", 1), ("a", 0)), ((1, 2.0), (1.0, 2))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b)
people = [("smith", "john", 42), ("doe", "jane", 35), ("smith", "anna", 42), ("doe", "john", 20)]
print(sorted(people))
print(max(people), min(people))
print((1, "a") < (1, "b") < (2, ""))
print((0, 0) < (0, 0, 0))
try:
    print((1, 2) < (1, "2"))
except TypeError as e:
    print("TypeError", e)
try:
    print((None,) < (None,))
except TypeError as e:
    print("TypeError", e)
print((None,) == (None,), (None, 1) < (None, 2))
dates = [(2024, 3, 1), (2023, 12, 31), (2024, 1, 15), (2024, 3, 1)]
dates.sort()
print(dates)
print(dates[0] < dates[-1], dates.count((2024, 3, 1)))
