# An uncaught exception raised deep in a generator pipeline: one frame per generator.
def source(values):
    for v in values:
        yield v


def parse(lines):
    for line in lines:
        yield int(line)


def scaled(numbers, factor):
    for n in numbers:
        yield 100 // (n * factor)


def main():
    total = 0
    for v in scaled(parse(source(["4", "5", "0", "2"])), 1):
        total += v
        print("running total", total)
    return total


main()
