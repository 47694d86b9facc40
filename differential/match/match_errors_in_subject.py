# Exceptions while matching: subject evaluation, guards, mapping lookups that raise.

def subject_raises():
    try:
        match 1 // 0:
            case _:
                return "no"
    except ZeroDivisionError as e:
        return f"subject: {e}"


print(subject_raises())


def guard_error_propagates(v):
    match v:
        case {"x": x} if x.upper() == "A":
            return "A"
        case _:
            return "no"


print(guard_error_propagates({"x": "a"}))
try:
    guard_error_propagates({"x": 1})
except AttributeError as e:
    print(type(e).__name__, e)


def body_error(v):
    match v:
        case [x, y]:
            return x / y
    return None


for v in [[1, 2], [1, 0], [1]]:
    try:
        print(body_error(v))
    except ZeroDivisionError as e:
        print("body:", e)


def rest_and_error(v):
    try:
        match v:
            case {"a": a, **rest}:
                return rest["missing"]
    except KeyError as e:
        return f"KeyError {e}"


print(rest_and_error({"a": 1, "b": 2}))


def after_failed_case(v):
    match v:
        case [x, 0]:
            pass
        case [x, y]:
            return x + y


print(after_failed_case([1, 2]))
try:
    after_failed_case(["s", 2])
except TypeError as e:
    print(type(e).__name__, e)
