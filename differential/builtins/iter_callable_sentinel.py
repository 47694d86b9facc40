# iter(callable, sentinel): calls until the sentinel compares equal.

state = {"n": 0}


def counter():
    state["n"] += 1
    return state["n"]


print(list(iter(counter, 5)))
print(state)

# The sentinel is compared with ==, so 2.0 stops at 2.
state["n"] = 0
print(list(iter(counter, 2.0)))

# A sentinel that never matches, cut short with zip.
state["n"] = 0
print(list(zip(range(3), iter(counter, None))))

lines = iter(["alpha", "beta", "", "gamma"])
print(list(iter(lambda: next(lines), "")))
print("left after the sentinel:", list(lines))

# StopIteration raised by the callable ends the iteration quietly.
source = iter([1, 2, 3])
print(list(iter(lambda: next(source), object())))

# Other exceptions propagate.
def failing():
    state["n"] += 1
    if state["n"] > 2:
        raise ValueError("callable failed at %d" % state["n"])
    return state["n"]


state["n"] = 0
it = iter(failing, None)
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)

# Once the sentinel is seen the iterator stays exhausted.
state["n"] = 0
it = iter(counter, 2)
print(list(it), list(it), next(it, "done"))

for bad in [1, "abc", None]:
    try:
        iter(bad, 0)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter()
except TypeError as e:
    print("TypeError:", e)
try:
    iter([], 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(iter(counter, 1)).__name__)
