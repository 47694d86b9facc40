print(True, False)
print(repr(True), str(False))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, +False)
print(True == 1, False == 0, True is True, False is not True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(None), bool(range(0)), bool(range(1)))
print(not True, not False, not 0, not 1, not "", not "a", not None)
print(True and False, True or False, False or True, False and True)
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool))
print(int(True), float(False), str(True), str(False))
print(True < 2, False > -1, True >= True)
print(sum([True, True, False, True]))
print(True ** 5, 2 ** True, True << 4)
print(abs(True), abs(-True), divmod(True, True))
print(hex(True), bin(False), oct(True))
print(max(True, False), min(True, 0))
print([True, False] == [1, 0], (True,) == (1.0,))
d = {}
d[True] = "t"
d[1] = "one"
d[0] = "zero"
d[False] = "f"
print(d)
print(bool(len), bool(print))
print(repr(bool(5)))
x = 3
y = x > 2
print(y, isinstance(y, bool))
print(y + y)
z = not x
print(z, isinstance(z, bool))
print(True & True, True | False, True ^ True, False ^ False)
print(isinstance(True & True, bool), isinstance(True + True, bool))
