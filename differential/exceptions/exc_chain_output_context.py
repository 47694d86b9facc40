# Uncaught implicit chaining across three handlers and two functions.
def parse(text):
    return int(text)


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError:
            lookup = {"a": 1}
            out.append(lookup[item])
    return out


def main():
    try:
        print(load(["1", "2", "zz"]))
    except KeyError as e:
        print("caught", repr(e), type(e.__context__).__name__)
        print(e.__suppress_context__, e.__cause__)
        raise RuntimeError("loading failed")


main()
