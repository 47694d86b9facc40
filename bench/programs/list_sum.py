# List building: append ints to a fresh list, index into it, and sum it.


def build(n, seed):
    xs = []
    for i in range(n):
        xs.append((i * seed) % 1000)
    return xs


def run(rounds, n):
    total = 0
    for r in range(rounds):
        xs = build(n, r + 7)
        total = total + sum(xs) + xs[len(xs) - 1]
    return total


print(run(50, 100000))
