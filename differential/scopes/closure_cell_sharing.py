# All closures made in one call share the cell; each call makes new cells.
def make(n):
    def get():
        return n

    def set_(v):
        nonlocal n
        n = v

    return get, set_


g1, s1 = make(1)
g2, s2 = make(2)
s1(10)
print(g1(), g2())
s2(20)
print(g1(), g2())


def cells_in_loop():
    result = []
    for i in range(3):
        def capture(i=i):
            def inner():
                return i
            return inner
        result.append(capture())
    return [f() for f in result]


print(cells_in_loop())
