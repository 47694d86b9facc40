def f(x):
    try:
        if x == 0:
            return "early return in try"
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
        result = "normal"
    except ValueError as e:
        return "handled " + str(e)
    else:
        result = result + " + else"
    finally:
        print("  finally for", x)
    return result

for x in range(3):
    try:
        print(x, f(x))
    except KeyError as e:
        print(x, "escaped", repr(e))
print(3, f(3))

def loop_try(items):
    total = 0
    for it in items:
        try:
            total += 10 // it
        except ZeroDivisionError:
            return "abort at zero, partial " + str(total)
        finally:
            total += 1
    return total

print(loop_try([1, 2, 5]))
print(loop_try([1, 0, 5]))

def returns_exception_object():
    try:
        [][0]
    except IndexError as e:
        return e

err = returns_exception_object()
print(repr(err), err.args)
def value_or_error(s):
    try:
        v = float(s)
    except ValueError:
        return None, "bad float " + repr(s)
    return v, None
for s in ["1.5", "abc", "1e3", "nan"]:
    print(value_or_error(s))
