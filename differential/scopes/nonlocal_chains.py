# nonlocal through several levels and sibling closures sharing a cell.
def level1():
    v = 0

    def level2():
        def level3():
            nonlocal v
            v += 10
            return v
        return level3

    inc = level2()
    inc()
    inc()
    return v


print(level1())


def siblings():
    shared = []

    def push(x):
        shared.append(x)

    def swap():
        nonlocal shared
        old, shared = shared, ["new"]
        return old

    push(1)
    push(2)
    old = swap()
    push(3)
    return old, shared


print(siblings())


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def dec():
        nonlocal n
        n -= 1
        return n

    return inc, dec


inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
inc2, _ = counter_pair()
print(inc2(), inc())
