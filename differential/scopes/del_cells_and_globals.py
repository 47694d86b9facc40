# del of cell variables, free variables and globals.
def del_cell():
    x = 1

    def get():
        return x

    print(get())
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    return get()


print(del_cell())


def del_through_nonlocal():
    y = "value"

    def drop():
        nonlocal y
        del y

    drop()
    try:
        return y
    except UnboundLocalError as e:
        return str(e)


print(del_through_nonlocal())
gone = 1
del gone
try:
    del gone
except NameError as e:
    print(type(e).__name__, e)


def del_global_from_func():
    global temp
    temp = 3
    print("temp" in globals())
    del temp
    print("temp" in globals())


del_global_from_func()
