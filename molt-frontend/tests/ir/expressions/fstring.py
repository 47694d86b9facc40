def f(x, y):
    return f"x={x!r} y={y:>4}"
