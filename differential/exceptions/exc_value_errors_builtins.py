def try_it(label, code):
    try:
        if code == 0:
            r = int("12abc")
        elif code == 1:
            r = float("1,5")
        elif code == 2:
            r = [1, 2].index(3)
        elif code == 3:
            r = "abc".index("z")
        elif code == 4:
            r = chr(-1)
        elif code == 5:
            r = range(1, 5, 0)
        elif code == 6:
            r = max([])
        elif code == 7:
            r = min(())
        elif code == 8:
            r = [1].remove(2)
        elif code == 9:
            r = "a,b".split("")
        elif code == 10:
            r = int("5", 99)
        elif code == 11:
            r = "x".partition("")
        elif code == 12:
            r = pow(2, -1, 6)
        elif code == 13:
            r = max("")
        elif code == 14:
            a, b = [1, 2, 3]
            r = a
        elif code == 15:
            r = int("")
        elif code == 16:
            r = float("")
        elif code == 17:
            r = [1, 2, 3][::0]
        else:
            r = 1 << -1
        print(label, "no error", r)
    except ValueError as e:
        print(label, "ValueError:", e)

labels = ["int()", "float()", "list.index", "str.index", "chr", "range", "max", "min", "remove", "split", "int base", "partition", "pow inv", "max str", "unpack", "int empty", "float empty", "slice step", "shift"]
for i in range(len(labels)):
    try_it(labels[i], i)
