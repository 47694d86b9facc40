# Slices applied to lists, tuples and strs: huge and negative bounds, slice objects, bools
# as bounds, assignment and deletion through extended slices, and the errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


seq = list(range(10))
tup = tuple(seq)
text = "abcdefghij"
for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(8, 2, -2),
          slice(2 ** 80, None), slice(None, -(2 ** 80)), slice(None, None, 2 ** 80),
          slice(None, None, -(2 ** 80)), slice(True, None, True), slice(-100, 100, 3),
          slice(5, 5), slice(9, -11, -1)]:
    print(repr(s), seq[s], tup[s], text[s])
t("zero step", lambda: seq[::0])
t("float", lambda: seq[1.0:])
t("str", lambda: text["a":])
t("list idx", lambda: seq[[1]])
t("float idx", lambda: tup[1.5])
t("big idx", lambda: seq[2 ** 80])
t("neg big idx", lambda: text[-(2 ** 80)])
t("bool idx", lambda: (seq[True], text[False]))
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::3] = [0, 0, 0]
print(a)


def ext_assign():
    a[::2] = [1]


t("ext assign", ext_assign)
a = list(range(10))
del a[::2]
print(a)
del a[5:100]
print(a)
a[100:] = [7, 8]
print(a)
a[-(2 ** 80):1] = ["start"]
print(a)
b = list(range(6))
b[1:5:2] = "ab"
print(b)
b[::-1] = range(6)
print(b)
sl = slice(1, 4)
print(seq[sl], text[sl], tup[sl], range(10)[sl])
