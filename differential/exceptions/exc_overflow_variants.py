def check(label, code):
    try:
        if code == 1:
            r = 2.0 ** 2000
        elif code == 2:
            r = float(10 ** 309)
        elif code == 3:
            r = 10 ** 309 / 1
        elif code == 4:
            r = int(float("inf"))
        elif code == 5:
            r = round(float("-inf"))
        elif code == 6:
            r = 1e308 * 10
        elif code == 7:
            r = (10 ** 400) * 1.0
        elif code == 8:
            r = 10.0 ** 308 * 10.0 ** 10
        elif code == 9:
            r = 2 ** 2000 // 3
        elif code == 10:
            r = (1 << 2000) / (1 << 1990)
        elif code == 11:
            r = chr(2 ** 64)
        else:
            r = (-2.0) ** 1025
        print(label, "value", r)
    except OverflowError as e:
        print(label, "OverflowError", e)
    except ValueError as e:
        print(label, "ValueError", e)

labels = ["", "2.0**2000", "float(10**309)", "10**309/1", "int(inf)", "round(-inf)", "1e308*10", "(10**400)*1.0", "huge*huge", "int floordiv", "big/big", "chr(2**64)", "(-2.0)**1025"]
for i in range(1, 13):
    check(labels[i], i)
try:
    2.0 ** 10000
except ArithmeticError as e:
    print("ArithmeticError", type(e).__name__)
