# Dividing by False is dividing by zero: an uncaught ZeroDivisionError.
flags = [True, True, False]
for f in flags:
    print(10 // f if f else "skip")
print(sum(flags) / flags[-1])
