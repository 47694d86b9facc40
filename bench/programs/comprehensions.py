# List, dict and set comprehensions over ranges, with filters and nesting.


def run(rounds, n):
    total = 0
    for r in range(rounds):
        squares = [x * x for x in range(n) if x % 3 != r % 3]
        index = {x: x % 97 for x in range(0, n, 7)}
        seen = {x % 1009 for x in squares}
        pairs = [(i, j) for i in range(30) for j in range(i)]
        total += len(squares) + sum(index.values()) + len(seen) + len(pairs)
    return total


print(run(60, 50000))
