import math

def attempt(label, code):
    try:
        if code == 0:
            r = math.sqrt(-1)
        elif code == 1:
            r = math.log(0)
        elif code == 2:
            r = math.log(-5)
        elif code == 3:
            r = math.acos(2)
        elif code == 4:
            r = math.asin(-1.5)
        elif code == 5:
            r = math.exp(1000)
        elif code == 6:
            r = math.pow(10, 400)
        elif code == 7:
            r = math.pow(-8, 1 / 3)
        elif code == 8:
            r = math.pow(0, -1)
        elif code == 9:
            r = math.log10(-1)
        elif code == 10:
            r = math.log2(0)
        elif code == 11:
            r = math.cosh(1000)
        elif code == 12:
            r = math.atanh(1)
        elif code == 13:
            r = math.fmod(1, 0)
        elif code == 14:
            r = math.sqrt("4")
        elif code == 15:
            r = math.log(1, 1)
        else:
            r = math.ldexp(1.0, 5000)
        print(label, "ok", r)
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)

labels = ["sqrt(-1)", "log(0)", "log(-5)", "acos(2)", "asin(-1.5)", "exp(1000)", "pow(10,400)", "pow(-8,1/3)", "pow(0,-1)", "log10(-1)", "log2(0)", "cosh(1000)", "atanh(1)", "fmod(1,0)", "sqrt('4')", "log(1,1)", "ldexp(1,5000)"]
for i in range(len(labels)):
    attempt(labels[i], i)
