# An exception thrown into a suspended generator and not handled there:
# the traceback shows the throw() call and the generator's yield line.
def worker():
    total = 0
    while True:
        try:
            item = yield total
        except KeyError:
            print("worker skipped a missing key")
            continue
        total += item


w = worker()
next(w)
print(w.send(5), w.send(7))
print(w.throw(KeyError("k")))
w.throw(ValueError("stop the worker"))
