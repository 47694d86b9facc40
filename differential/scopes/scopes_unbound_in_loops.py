# A local bound only in some iterations is unbound in the others.
def f(values):
    out = []
    for v in values:
        if v % 2:
            odd = v
        try:
            out.append(odd)
        except UnboundLocalError as e:
            out.append(str(e))
    return out


print(f([2, 3, 4]))


def after_loop(n):
    for i in range(n):
        pass
    try:
        return i
    except UnboundLocalError as e:
        return type(e).__name__


print(after_loop(3), after_loop(0))


def while_break():
    k = 0
    while True:
        k += 1
        if k > 2:
            found = k
            break
    return found, sorted(locals())


print(while_break())
