# `except ... as name` unbinds the name after the handler, also in loops and nested handlers.
def handled(values):
    seen = []
    for v in values:
        try:
            int(v)
        except ValueError as err:
            seen.append(str(err))
        try:
            seen.append(err)
        except UnboundLocalError as ue:
            seen.append(type(ue).__name__)
    return seen


print(handled(["1", "x", "2"]))


def nested_same_name():
    try:
        raise KeyError("outer")
    except KeyError as e:
        try:
            raise IndexError("inner")
        except IndexError as e:
            print("inner handler sees", repr(e))
        try:
            return e
        except UnboundLocalError as ue:
            return f"outer name gone too: {ue}"


print(nested_same_name())


def keep_a_copy():
    saved = None
    try:
        {}["missing"]
    except KeyError as exc:
        saved = exc
    return saved, saved.args


print(keep_a_copy())

err = "module value"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as ne:
    print(type(ne).__name__, ne)


def del_inside_handler():
    try:
        raise ValueError("v")
    except ValueError as e:
        del e
    return "deleting the name inside the handler is fine"


print(del_inside_handler())
