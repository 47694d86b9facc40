# Groups nested deeper than 10 levels are cut short.
def nest(depth):
    g = ExceptionGroup("level 0", [ValueError("leaf")])
    for i in range(1, depth):
        g = ExceptionGroup("level " + str(i), [g, KeyError(i)])
    return g


print(repr(nest(2)))
raise nest(13)
