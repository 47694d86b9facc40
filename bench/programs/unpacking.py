# Tuple packing and unpacking in loops: swaps, multiple returns, starred
# targets.


def divmod_pair(a, b):
    return a // b, a % b


def run(n):
    a, b = 0, 1
    acc = 0
    for i in range(n):
        a, b = b, (a + b) % 1000003
        q, r = divmod_pair(i + 7, 5)
        x, y, z = r, q, a
        acc = (acc + x + y + z) % 1000000007
    first, *middle, last = range(10)
    return acc + first + len(middle) + last


print(run(2000000))
