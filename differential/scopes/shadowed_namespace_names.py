# Programs may define their own locals/globals/vars: only the builtin is
# special.
def uses_param(locals):
    return locals()


print(uses_param(lambda: "param called"))


def uses_local():
    vars = {"mine": True}
    return vars


print(uses_local())


def outer():
    def globals():
        return "inner globals"
    return globals()


print(outer())


def closure_over():
    locals = lambda: "captured"
    def inner():
        return locals()
    return inner()


print(closure_over())
print(sorted(k for k in globals() if not k.startswith("__")))
