# An uncaught nested exception group: boxes, chained sub-exceptions, notes.
def check(n):
    if n % 3 == 0:
        raise ValueError("bad value " + str(n))
    if n % 3 == 1:
        try:
            {}["k" + str(n)]
        except KeyError:
            raise TypeError("wrong type for " + str(n))
    return n


def collect(ns):
    errors = []
    for n in ns:
        try:
            check(n)
        except Exception as e:
            e.add_note("input was " + str(n))
            errors.append(e)
    return errors


def batch():
    first = ExceptionGroup("first batch", collect([0, 1, 2]))
    try:
        raise first
    except ExceptionGroup as eg:
        eg.add_note("retrying once")
        raise ExceptionGroup("all batches", [eg, ExceptionGroup("second batch", collect([3, 4]))]) from RuntimeError("gave up")


batch()
