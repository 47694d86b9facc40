# Assignment expressions, including inside comprehensions where the target
# binds in the enclosing scope.

if (n := len("abcdef")) > 4:
    print("long", n)
print(n)

data = [3, 1, 4, 1, 5, 9, 2, 6]
running = 0
sums = [running := running + d for d in data]
print(sums, running)


def last_match(items):
    found = None
    hits = [found := w for w in items if w.startswith("b")]
    return hits, found


print(last_match(["apple", "banana", "blueberry", "cherry"]))
print(last_match([]))


def chunks(text, size):
    out = []
    i = 0
    while (piece := text[i:i + size]):
        out.append(piece)
        i += size
    return out


print(chunks("abcdefgh", 3))
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print((z := 10) + z, z)


def closure_sees_walrus():
    k = 0

    def get():
        return k

    [k := k + 1 for _ in range(5)]
    return get()


print(closure_sees_walrus())
