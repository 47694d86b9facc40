def compute(text):
    try:
        value = int(text)
        doubled = value * 2
    except ValueError:
        print("could not parse", repr(text))
    try:
        return doubled
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(compute("21"))
print(compute("x"))

def maybe_assign(items):
    for i in items:
        if i > 10:
            big = i
            break
    try:
        return big
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(maybe_assign([1, 20, 3]))
print(maybe_assign([1, 2, 3]))
status = "initial"
def update_status(ok):
    global status
    try:
        if not ok:
            raise ValueError("failed update")
        status = "updated"
    except ValueError as e:
        status = "error: " + str(e)
    return status
print(update_status(True), update_status(False), status)
