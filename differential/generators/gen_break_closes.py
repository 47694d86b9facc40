# Leaving a for loop early does not close the generator by itself; the
# generator is closed when its last reference goes.

log = []


def tracked(name, n):
    try:
        for i in range(n):
            log.append(f"{name} yields {i}")
            yield i
    except GeneratorExit:
        log.append(f"{name} GeneratorExit")
        raise
    finally:
        log.append(f"{name} finally")


for v in tracked("temp", 5):
    if v == 1:
        break
print(log)
log.clear()
kept = tracked("kept", 5)
for v in kept:
    if v == 1:
        break
print(log)
print("resume", next(kept), log[-1])
for v in kept:
    if v == 3:
        break
print(log)
log.clear()
del kept
print(log)
log.clear()


def search(target):
    for v in tracked("search", 10):
        if v == target:
            return v
    return None


print(search(2), log)
log.clear()


def raises_in_loop():
    for v in tracked("raise", 10):
        if v == 1:
            raise KeyError(v)


try:
    raises_in_loop()
except KeyError as e:
    print("KeyError", e, log)
log.clear()
for outer in tracked("outer", 3):
    for inner in tracked("inner", 3):
        if inner == 1:
            break
    if outer == 1:
        break
print(log)
log.clear()
gen = tracked("continue", 3)
for v in gen:
    continue
print(log)
log.clear()
result = next(v for v in tracked("genexpr", 5) if v > 1)
print(result, log)
