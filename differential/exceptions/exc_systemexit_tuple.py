# With several arguments the code is the args tuple, printed to stderr.
e = SystemExit(1, "two")
print(e.code, e.args, str(e), repr(e))
print(SystemExit([1]).code, SystemExit(0).code, SystemExit(-1).code)
try:
    raise SystemExit(2, 3)
except SystemExit as err:
    print(err.code)
raise SystemExit("x", 5)
