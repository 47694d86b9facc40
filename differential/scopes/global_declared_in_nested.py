# `global` in nested functions binds the module variable, skipping the
# enclosing function's local of the same name.
value = "module"


def outer():
    value = "outer local"

    def inner():
        global value
        value = "set by inner"
        return value

    r = inner()
    return r, value


print(outer(), value)


def creates_global():
    global fresh
    fresh = 42


try:
    print(fresh)
except NameError as e:
    print(type(e).__name__, e)
creates_global()
print(fresh)


def deletes_global():
    global fresh
    del fresh


deletes_global()
try:
    deletes_global()
except NameError as e:
    print(type(e).__name__, e)


def lambda_reads_global():
    return (lambda: value)()


print(lambda_reads_global())
