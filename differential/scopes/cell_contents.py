# A closure's cells: reading, writing and emptying `cell_contents`.
def make():
    def get():
        return value
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    value = [1]
    print(cell.cell_contents, cell.cell_contents is value)
    cell.cell_contents = "replaced"
    print(get(), value)
    del cell.cell_contents
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        return value
    except NameError as e:
        print(type(e).__name__, e)


make()


def shared():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def peek():
        return n

    return inc, peek


inc, peek = shared()
inc()
inc()
print(inc.__closure__[0].cell_contents, peek.__closure__[0] is inc.__closure__[0])
peek.__closure__[0].cell_contents = 40
print(inc(), peek())
