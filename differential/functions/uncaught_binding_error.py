# A binding error escaping to the top: the traceback ends at the call site,
# not inside the callee.

def area(width, height, *, unit="cm"):
    return f"{width * height} {unit}"


def report(rows):
    return [area(*row) for row in rows]


print(report([(2, 3), (4, 5)]))
print(area(1, 2, unit="m"))
print(report([(1, 2), (3,)]))
