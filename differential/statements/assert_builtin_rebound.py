# assert raises the builtin AssertionError whatever the module binds to
# that name.
AssertionError = ValueError
try:
    assert 1 == 2, "custom"
except Exception as e:
    print(type(e).__name__, e)
def f(x):
    assert x > 0
    return x
print(f(3))
del AssertionError
try:
    f(-1)
except AssertionError as e:
    print("caught", repr(e))
f(-2)
