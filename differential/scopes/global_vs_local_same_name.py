# A name is local in the whole function body once it is assigned anywhere.
name = "global"


def reads_global():
    return name


def assigns_later():
    try:
        first = name
    except UnboundLocalError as e:
        first = "error: " + str(e)
    name = "local"
    return first, name


def uses_global_decl():
    global name
    previous = name
    name = "changed"
    return previous


print(reads_global(), assigns_later())
print(uses_global_decl(), name, reads_global())
print([name for name in ("comprehension",)], name)
