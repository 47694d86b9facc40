# Writes through globals() are seen by compiled code and the other way.
g = globals()
g["x"] = 5
print(x)
x = 6
print(g["x"])
del g["x"]
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
x = 7
print(g["x"], list(g)[-1])


def read_y():
    return y


g["y"] = "from dict"
print(read_y())
g.update(y="updated", z=3)
print(read_y(), z)
print(g.pop("z"))
try:
    z
except NameError as e:
    print(e)
print(g.setdefault("w", 10), w)


def set_global():
    globals()["made"] = [1, 2]


set_global()
print(made)
