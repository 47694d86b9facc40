# s = s + t and s += t on locals: in-place growth must never be observable.
def f():
    s = ""
    for i in range(5):
        s = s + str(i)
        s += "-"
    t = s
    s = s + "!"
    print(s, t)
    lst = [1]
    alias = lst
    lst = lst + [2]
    lst += [3]
    print(lst, alias)
    n = 5
    n = n + 2
    n += 3
    print(n)
    try:
        u = u + 1
    except UnboundLocalError as e:
        print(e)
    def g():
        print("rhs evaluated")
        return 1
    try:
        w += g()
    except UnboundLocalError as e:
        print(e)
    q = "a"
    try:
        q = q + 1
    except TypeError as e:
        print(e, q)
    x = 1
    x = x + (x := 10)
    print(x)
    y = "ab"
    y += y
    print(y)
f()
