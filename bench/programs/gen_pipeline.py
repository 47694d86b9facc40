# A generator pipeline: numbers flow through filtering and mapping
# generator stages into a consumer.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs, k):
    for x in xs:
        yield x * k


def run(n):
    total = 0
    for v in scaled(evens(numbers(n)), 3):
        total += v
    total += sum(x for x in range(n) if x % 3 == 0)
    return total


print(run(3000000))
