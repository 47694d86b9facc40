# An uncaught PEP 479 RuntimeError prints the StopIteration it was raised
# from, then the RuntimeError, both with their generator frames.

def first_of_each(groups):
    for g in groups:
        yield next(iter(g))


def main():
    print(list(first_of_each(["ab", "c"])))
    print(list(first_of_each(["ab", "", "d"])))


main()
