# Uncaught `raise ... from ...`: the cause has its own context, which is printed too.
def fetch(key):
    table = {"x": 1}
    try:
        return table[key]
    except KeyError:
        raise LookupError("no such key: " + key)


def run():
    try:
        fetch("y")
    except LookupError as err:
        print("context of cause:", repr(err.__context__))
        raise ValueError("run failed") from err


try:
    run()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)

run()
