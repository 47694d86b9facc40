def f(e):
    raise ValueError("bad") from e
