# Names bound by walrus, import and def show up in order of first use.
def f(data):
    if (n := len(data)) > 1:
        import math
        def helper():
            return n
        result = [y := v for v in data]
    return list(locals())


print(f([1, 2]))
print(f([]))


def order_of_first_use():
    b = 1
    a = b
    c = a + b
    return list(locals())


print(order_of_first_use())
