# An exception thrown into a generator that converts it escapes uncaught
# with the chain of the original exception and the generator frame.

def worker():
    while True:
        try:
            item = yield
            print("processing", item)
        except LookupError as e:
            raise RuntimeError("worker failed") from e


w = worker()
next(w)
w.send("a")
w.send("b")
w.throw(KeyError("missing"))
