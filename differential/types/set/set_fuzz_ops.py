# Random operation sequences from a fixed LCG; every step prints the set,
# so any difference in probing, resizing or copying shows up.
state = [2024]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def gen(kind):
    if kind == 0:
        return rnd(80) - 20
    if kind == 1:
        return rnd(40) * [8, 64, 1024, 1048576, 1099511627776][rnd(5)]
    if kind == 2:
        letters = "abcde"
        out = ""
        for _ in range(rnd(4)):
            out += letters[rnd(5)]
        return out
    if kind == 3:
        return (rnd(5), rnd(3))
    return [1.5, -0.0, 2.0, 3, True, None, "x", (1,)][rnd(8)]


def items(kind, n):
    out = []
    for _ in range(n):
        out.append(gen(kind))
    return out


def step(s, kind, log):
    op = rnd(24)
    x = gen(kind)
    other = items(kind, rnd(10))
    if op < 6:
        s.add(x)
    elif op < 9:
        s.discard(x)
    elif op == 9:
        if s:
            log.append(s.pop())
    elif op == 10:
        s.update(other, set(items(kind, rnd(5))))
    elif op == 11:
        s = s | set(other)
    elif op == 12:
        s &= set(other + list(s)[: rnd(6)])
    elif op == 13:
        s -= set(other)
    elif op == 14:
        s ^= set(other)
    elif op == 15:
        s = s.copy()
    elif op == 16:
        s.difference_update(other)
    elif op == 17:
        s.intersection_update(other + list(s)[rnd(3):])
    elif op == 18:
        s.symmetric_difference_update(other)
    elif op == 19:
        d = {}
        for y in other:
            d[y] = 1
        s.update(d)
    elif op == 20:
        s = s.union(other).difference(items(kind, rnd(4)))
    elif op == 21:
        s = s.intersection(set(other) | s)
    elif op == 22:
        s = set(frozenset(s) ^ frozenset(other))
    else:
        try:
            s.remove(x)
        except KeyError as e:
            log.append(("KeyError", e.args[0]))
    return s


def run(seed):
    state[0] = seed
    kind = rnd(5)
    s = set(items(kind, rnd(12)))
    log = []
    for _ in range(rnd(60) + 1):
        s = step(s, kind, log)
        log.append(list(s))
    f = frozenset(s)
    print(seed, kind, s, len(log), hash(f) == hash(frozenset(list(s))), f == s)
    print(log[-3:])
    return hash(f)


total = 0
for seed in range(60):
    total = total ^ run(seed)
print(total)
