# any() and all() stop at the deciding element; they return bools.

seen = []


def watch(values):
    for v in values:
        seen.append(v)
        yield v


def report(label, result):
    print(label, result, "seen:", seen[:])
    seen.clear()


report("any first truthy", any(watch([0, "", 3, 4])))
report("any none truthy", any(watch([0, None, []])))
report("all first falsy", all(watch([1, 2, 0, 3])))
report("all all truthy", all(watch([1, "x", [0]])))
report("any empty", any(watch([])))
report("all empty", all(watch([])))
print(any([0, 5]), all([[], 1]), type(any([2])).__name__, any("ab"), all(""))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 4)))

# Truthiness of each element uses the element's own rules.
print(all([1.5, -1, "0", (0,), {0}, b"\x00", 0j + 1]))
print(any([0.0, -0.0, 0j, "", b"", (), {}, set(), range(0), None, False]))

# Exceptions while iterating or testing propagate.
def broken():
    yield 0
    raise ValueError("generator broke")


for fn in (any, all):
    try:
        fn(broken())
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)

try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
try:
    all()
except TypeError as e:
    print("TypeError:", e)
try:
    any([1], [2])
except TypeError as e:
    print("TypeError:", e)
