# Errors inside comprehensions: partial results are discarded, conditions raise, names stay local.
def safe(label, make):
    try:
        print(label, make())
    except Exception as e:
        print(label, type(e).__name__, e)


data = [4, 2, 0, 1]
safe("list", lambda: [8 // d for d in data])
safe("filter", lambda: [d for d in data if 8 // d > 1])
safe("dict", lambda: {d: 8 // d for d in reversed(data)})
safe("set", lambda: {int(s) for s in ["1", "2", "x"]})
safe("nested", lambda: [[a / b for b in range(2)] for a in range(2)])
safe("key error", lambda: [{"a": 1}[k] for k in "ab"])
safe("unpack", lambda: [a + b for a, b in [(1, 2), (3,)]])
safe("genexpr sum", lambda: sum(1 / (3 - n) for n in range(5)))
safe("any shortcircuit", lambda: any(1 / (2 - n) > 0.9 for n in range(5)))
safe("all shortcircuit", lambda: all(n < 2 and 1 / (2 - n) for n in range(5)))

x = "outer x"
result = []
try:
    result = [x for x in [1, 2, None] if x + 0]
except TypeError as e:
    print("TypeError", e)
print(x, result)

counter = {"n": 0}


def tick(v):
    counter["n"] += 1
    if v == 3:
        raise RuntimeError("stop at 3")
    return v


try:
    squares = [tick(v) ** 2 for v in range(6)]
except RuntimeError as e:
    print(e, counter)
