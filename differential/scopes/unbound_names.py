# UnboundLocalError and NameError exactly where CPython raises them.

def reads_before_assign():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = 1
    return value


print(reads_before_assign())


def free_before_assign():
    def inner():
        return later

    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 5
    return inner()


print(free_before_assign())


def deleted_cell():
    v = 1

    def get():
        return v

    del v
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(deleted_cell())


def cell_read_in_owner():
    def get():
        return w

    try:
        return w
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
    w = 0


print(cell_read_in_owner())


def missing_global():
    try:
        return not_defined_anywhere
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(missing_global())


def del_twice():
    x = 1

    def g():
        nonlocal x
        del x

    g()
    try:
        g()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(del_twice())
