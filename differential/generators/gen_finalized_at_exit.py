# Suspended generators still referenced when the program ends are closed
# at exit, oldest first, with the module's globals still bound.

label = "exit"


def worker(name):
    try:
        while True:
            yield name
    except GeneratorExit:
        print("closing", name, "at", label)
        raise
    finally:
        print("finally", name)


def quiet():
    try:
        yield 1
        yield 2
    finally:
        print("quiet finally")


first = worker("first")
next(first)
pool = [worker("in a list"), worker("never started")]
next(pool[0])
nested = {"key": (worker("in a tuple in a dict"),)}
next(nested["key"][0])
done = quiet()
print(list(done))
partly = quiet()
print(next(partly))
print("main body finished")
