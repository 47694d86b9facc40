# An uncaught KeyError from set.remove prints CPython's traceback.
def drop(items, key):
    items.remove(key)
    return items


print(drop(set([1, 2]), 1))
print(drop(set(["a"]), "b"))
