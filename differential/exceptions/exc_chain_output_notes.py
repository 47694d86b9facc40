# Notes print after the exception line, one line each, in chained reports too.
def step(n):
    if n == 3:
        raise ZeroDivisionError("step " + str(n))
    return n


def process():
    total = 0
    for n in range(5):
        try:
            total += step(n)
        except ZeroDivisionError as e:
            e.add_note("while processing item " + str(n))
            e.add_note("multi-line note:\n  detail one\n  detail two")
            raise ValueError("processing stopped") from e
    return total


try:
    process()
except ValueError as e:
    print(e.__cause__.__notes__)
    e.add_note("outer note")
    print(e.__notes__)

err = ValueError("final")
err.add_note("")
err.add_note("after an empty note")
try:
    process()
except ValueError as e:
    e.add_note("context note")
    raise err
