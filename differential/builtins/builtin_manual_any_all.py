def my_any(items):
    for x in items:
        if x:
            return True
    return False

def my_all(items):
    for x in items:
        if not x:
            return False
    return True

def count_true(items):
    n = 0
    for x in items:
        if x:
            n += 1
    return n

cases = [[], [0], [1], [0, 0, 1], [1, 1, 1], ["", "a"], [None], [[]], [[0]], range(0), range(1), range(1, 5), "abc", ""]
for c in cases:
    print(repr(c), my_any(c), my_all(c), count_true(c), bool(c))
nums = [2, 4, 6, 8]
def is_even(n):
    return n % 2 == 0
checks = []
for n in nums:
    checks.append(is_even(n))
print(my_all(checks), my_any(checks))
nums.append(9)
checks = []
for n in nums:
    checks.append(is_even(n))
print(my_all(checks), my_any(checks), count_true(checks), len(checks) - count_true(checks))
