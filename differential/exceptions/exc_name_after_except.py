e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside handler", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)

def func():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError " + str(err) + " | saved: " + repr(saved)

print(func())
msg = None
try:
    int("nope")
except ValueError as problem:
    msg = str(problem)
print(msg)
err_list = []
for v in ["1", "a", "2", "b"]:
    try:
        int(v)
    except ValueError as x:
        err_list.append(x)
print(len(err_list), str(err_list[0]), repr(err_list[1]))
