# An uncaught AttributeError suggests the closest attribute of the object.
def add_all(items, extra):
    for x in extra:
        items.appnd(x)
    return items


try:
    "text".uper()
except AttributeError as e:
    print(repr(e), e.name, repr(e.obj))
print(add_all([], []))
add_all([1], [2])
