# Assignment expressions in conditions, loops and calls.

data = iter([3, 1, 4, 1, 5, 0, 9])
collected = []
while (n := next(data)) != 0:
    collected.append(n)
print(collected, "stopped at", n, "rest", list(data))

text = "key=value"
if (pos := text.find("=")) >= 0:
    print("found at", pos, text[:pos], text[pos + 1:])

def classify(v):
    if (r := v % 3) == 0:
        return "three", r
    elif (r2 := v % 2) == 0:
        return "even", r, r2
    else:
        return "other", r, r2


print([classify(v) for v in range(6)])

print((y := 10), y * 2, [y := y + 1, y, (y := y * 2)], y)

def show(*args):
    return args


print(show(a := 1, b := a + 1, a + b))

# Walrus inside a lambda body binds a lambda local.
g = lambda v: (w := v * 3) + w
print(g(2))

total = 0
values = [5, 8, 2]
print([total := total + v for v in values], total)

# Short-circuit: the walrus in the skipped branch never runs.
z = "unchanged"
print(False and (z := "changed"), z)
print(True or (z := "changed"), z)
print(None or (z := "set by or"), z)

# Nested functions see the updated global.
def read_counter():
    return counter


if (counter := 42) > 0:
    print(read_counter())

chunks = []
source = iter("abcdefgh")
while chunk := "".join(c for _, c in zip(range(3), source)):
    chunks.append(chunk)
print(chunks)
