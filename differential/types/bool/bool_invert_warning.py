# ~ on a bool: -2 or -1, with a DeprecationWarning shown once per source line; constant
# folding of ~True silences it, as in CPython.
def inv(b):
    return ~b


print(~True, ~False, ~(not True), ~ (False))
flag = True
print(~flag)
print(~flag, ~(not flag))
for k in range(3):
    print(inv(k == 1))
print(~(1 == 1), ~int(True), ~1, ~0)
values = [True, False, 3]
print([~v for v in values])
print([~v for v in values])
g = (~v for v in values)
print(list(g))
