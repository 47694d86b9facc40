def attempt(label, code):
    try:
        if code == 0:
            r = len(42)
        elif code == 1:
            r = abs([])
        elif code == 2:
            r = int([1])
        elif code == 3:
            r = float({})
        elif code == 4:
            r = ord(5)
        elif code == 5:
            r = chr("x")
        elif code == 6:
            r = hex(1.0)
        elif code == 7:
            r = sum(1)
        elif code == 8:
            r = sorted(None)
        elif code == 9:
            r = list(3)
        elif code == 10:
            r = tuple(4.5)
        elif code == 11:
            r = dict(7)
        elif code == 12:
            r = min(3)
        elif code == 13:
            r = divmod("a", 1)
        elif code == 14:
            r = round("2.5")
        elif code == 15:
            r = range("3")
        elif code == 16:
            r = pow(2, "3")
        elif code == 17:
            r = reversed(12)
        elif code == 18:
            r = enumerate(None)
        else:
            r = zip(5)
        print(label, "ok", r)
    except TypeError as e:
        print(label, "TypeError:", e)

labels = ["len", "abs", "int", "float", "ord", "chr", "hex", "sum", "sorted", "list", "tuple", "dict", "min", "divmod", "round", "range", "pow", "reversed", "enumerate", "zip"]
for i in range(len(labels)):
    attempt(labels[i], i)
