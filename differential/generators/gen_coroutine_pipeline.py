# Generator-based coroutines: consumers primed with next(), data pushed in
# with send(), broadcast and filtering stages, and shutdown with close().

def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr

    start.__name__ = func.__name__
    return start


@coroutine
def sink(store):
    try:
        while True:
            store.append((yield))
    finally:
        store.append("sink closed")


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        target.close()


@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


@coroutine
def counter():
    counts = {}
    try:
        while True:
            word = yield dict(counts)
            counts[word] = counts.get(word, 0) + 1
    except GeneratorExit:
        print("final counts", counts)


a, b = [], []
pipeline = broadcast([grep("py", sink(a)), grep("rs", sink(b))])
for line in ["main.py", "lib.rs", "README", "test.py", "build.rs"]:
    pipeline.send(line)
pipeline.close()
print(a)
print(b)
print(sink.__name__)
c = counter()
for w in "a b a c a b".split():
    snapshot = c.send(w)
print(snapshot)
c.close()


@coroutine
def running_average():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return total, count


r = running_average()
print([r.send(v) for v in (4, 8, 6)])
try:
    r.send(None)
except StopIteration as e:
    print("returned", e.value)
