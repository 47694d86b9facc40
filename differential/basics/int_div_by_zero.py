def attempt(label, a, b, op):
    try:
        if op == "/":
            r = a / b
        elif op == "//":
            r = a // b
        elif op == "%":
            r = a % b
        else:
            r = divmod(a, b)
        print(label, "ok", r)
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

attempt("int /", 1, 0, "/")
attempt("int //", 1, 0, "//")
attempt("int %", 1, 0, "%")
attempt("int divmod", 1, 0, "divmod")
attempt("float /", 1.0, 0, "/")
attempt("float //", 1.0, 0, "//")
attempt("float %", 1.0, 0.0, "%")
attempt("float divmod", 1.0, 0.0, "divmod")
attempt("int/float0 /", 5, 0.0, "/")
attempt("int/float0 //", 5, 0.0, "//")
attempt("int/float0 %", 5, 0.0, "%")
attempt("big /", 10 ** 30, 0, "/")
attempt("big //", -(10 ** 30), 0, "//")
attempt("zero /", 0, 0, "/")
attempt("bool /", True, False, "/")
attempt("bool %", True, False, "%")
attempt("fine", 7, 2, "/")
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("pow", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("fpow", e)
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print("aug", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("aug%", e, x)
