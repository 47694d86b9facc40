# An uncaught NameError at module level suggests a global or builtin name.
total_count = 3
print(total_count)
try:
    print(total_cont)
except NameError as e:
    print(repr(e), e.name)
lenght = len([1, 2])
prnt(lenght)
