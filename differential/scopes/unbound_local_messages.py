# UnboundLocalError and NameError: where they are raised and their text.
counter = 0


def reads_before_assign():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
    return counter


print(reads_before_assign())


def conditional(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return str(e)


print(conditional(True), conditional(False))


def free_before_bind():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return inner()


print(free_before_bind())


def missing_global():
    return not_defined_anywhere


try:
    missing_global()
except NameError as e:
    print(type(e).__name__, e, isinstance(e, UnboundLocalError))


def after_del():
    item = 1
    del item
    try:
        item
    except UnboundLocalError as e:
        print(e)
    try:
        del item
    except UnboundLocalError as e:
        print("del:", e)


after_del()
