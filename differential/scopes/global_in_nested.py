# `global` inside nested functions, and names that fall through to globals.

counter = 0
label = "module"


def outer():
    label = "outer"

    def bump():
        global counter
        counter += 1
        return counter

    def read_label():
        return label

    def read_global_label():
        global label
        return label

    return bump(), bump(), read_label(), read_global_label()


print(outer(), counter)


def shadow_global():
    global label
    label = "changed"

    def inner():
        return label

    return inner()


print(shadow_global(), label)


def uses_builtin():
    def inner():
        return len("abc"), max(3, 9)

    return inner()


print(uses_builtin())


def enclosing_global_declared():
    global counter

    def inner():
        return counter

    counter = 42
    return inner()


print(enclosing_global_declared(), counter)
