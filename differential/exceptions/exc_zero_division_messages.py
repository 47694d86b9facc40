def show(label, thunk_id):
    try:
        if thunk_id == 0:
            r = 7 / 0
        elif thunk_id == 1:
            r = 7 // 0
        elif thunk_id == 2:
            r = 7 % 0
        elif thunk_id == 3:
            r = divmod(7, 0)
        elif thunk_id == 4:
            r = 7.0 / 0
        elif thunk_id == 5:
            r = 7.0 // 0.0
        elif thunk_id == 6:
            r = 7.0 % 0
        elif thunk_id == 7:
            r = divmod(7.0, 0)
        elif thunk_id == 8:
            r = 7 / 0.0
        elif thunk_id == 9:
            r = 0 ** -2
        elif thunk_id == 10:
            r = 0.0 ** -0.5
        elif thunk_id == 11:
            r = pow(0, -1)
        elif thunk_id == 12:
            r = (10 ** 50) // 0
        elif thunk_id == 13:
            r = -(10 ** 50) % 0
        elif thunk_id == 14:
            r = True / False
        else:
            r = 1 / (2 - 2.0)
        print(label, "no error", r)
    except ZeroDivisionError as e:
        print(label, "->", e, "|", repr(e))

labels = ["int /", "int //", "int %", "int divmod", "float /", "float //", "float %", "float divmod", "int / 0.0", "0 ** -2", "0.0 ** -0.5", "pow(0,-1)", "big //", "big %", "bool /", "computed zero"]
for i in range(len(labels)):
    show(labels[i], i)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError catches it:", e)
try:
    1 % 0
except Exception as e:
    print("Exception catches it:", type(e).__name__, e.args)
