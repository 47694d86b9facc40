def add_item(item, bucket=None, log=None):
    if bucket is None:
        bucket = []
    if log is not None:
        log.append("adding " + repr(item))
    bucket.append(item)
    return bucket

history = []
print(add_item(1))
print(add_item(2))
b = add_item("x", log=history)
add_item("y", b, history)
print(b, history)

def config(name, debug=None, level=None):
    settings = {"name": name}
    settings["debug"] = False if debug is None else debug
    settings["level"] = 1 if level is None else level
    return settings

print(config("a"))
print(config("b", debug=True))
print(config("c", level=0))
print(config("d", False, 5))

def first_or(items, default=None):
    if items:
        return items[0]
    return default

print(first_or([3, 4]), first_or([]), first_or([], "empty"), first_or("xyz"), first_or("", 0))

def clamp(x, lo=None, hi=None):
    if lo is not None and x < lo:
        return lo
    if hi is not None and x > hi:
        return hi
    return x

for v in [-5, 5, 15]:
    print(v, clamp(v), clamp(v, 0), clamp(v, hi=10), clamp(v, 0, 10))
