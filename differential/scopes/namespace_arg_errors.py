# Wrong calls of locals() and globals() raise CPython's TypeErrors.
def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


check(lambda: locals(1))
check(lambda: globals(1, 2))
check(lambda: locals(x=1))
check(lambda: globals(*[1]))
check(lambda: vars(*[1, 2, 3]))
check(lambda: vars(**{"o": 1}))
print((lambda q: locals())(7))
