# An uncaught ValueError from a modular inverse that does not exist, two frames deep.
def inverse(a, m):
    return pow(a, -1, m)


def solve(values, m):
    return [inverse(v, m) for v in values]


print(solve([1, 3, 7, 9], 10))
print(solve([3, 4], 10))
