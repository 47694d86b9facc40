def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b)
c = append_to(3, [])
print(c, a)
d = append_to(4)
print(d)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2), safe_append(3, [0]))

def counter(key, store={}):
    store[key] = store.get(key, 0) + 1
    return store

counter("a")
counter("b")
print(counter("a"))

LIMIT = 10
def check(x, limit=LIMIT):
    return x < limit

LIMIT = 100
print(check(50), check(5), check(50, LIMIT))

def stamp(label, history=[], n=[0]):
    n[0] += 1
    history.append(f"{label}#{n[0]}")
    return list(history)

print(stamp("x"))
print(stamp("y"))
print(stamp("z", []))
print(stamp("w"))
