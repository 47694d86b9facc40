"""Module docstring."""
x = 1


def f():
    pass


g = globals()
print(g is globals(), type(g).__name__)
print([k for k in g if not k.startswith("__")])
print(sorted(k for k in g if k.startswith("__")))
print(g["__name__"], g["__doc__"], g["__package__"], g["__spec__"], g["__cached__"])
print(g["x"], g["f"] is f, g["__builtins__"])
print(__doc__, __name__)
print(len(g["__file__"]) > 0, __file__ == g["__file__"])
