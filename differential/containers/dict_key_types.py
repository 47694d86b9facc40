d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print(d)
d[0] = "zero"
d[False] = "false"
d[0.0] = "fzero"
d[-0.0] = "negzero"
print(d)
d["1"] = "str one"
d[(1,)] = "tuple one"
d[(1, (2, 3))] = "nested tuple"
d[None] = "none"
d[2 ** 70] = "big"
d[-(2 ** 70)] = "neg big"
d[0.5] = "half"
d[float("inf")] = "inf"
print(d)
print(d[1], d[True], d[1.0], d[0], d[2 ** 70], d[(1,)], d[float("inf")])
print(len(d))
for bad in [[1], {"a": 1}, (1, [2])]:
    try:
        d[bad] = "x"
    except TypeError as e:
        print("TypeError", e)
    try:
        print(bad in d)
    except TypeError as e:
        print("TypeError", e)
e = {range(3): "range key"}
print(e[range(3)], range(0, 3) in e, range(3, 6) in e)
f = {"é": 1, "中": 2, "😀": 3}
print(f["😀"], f)
