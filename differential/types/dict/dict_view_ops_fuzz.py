# Set operators and comparisons of keys/items views against views, sets and lists,
# over pseudo-random int dicts (colliding hashes, resizes): results iterate in CPython order.
state = [12345]


def rnd(lo, hi):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return lo + state[0] % (hi - lo + 1)


def choice(xs):
    return xs[rnd(0, len(xs) - 1)]


out = []
for trial in range(80):
    n1, n2 = rnd(0, 12), rnd(0, 12)
    a = {rnd(-20, 60) * choice([1, 8, 32]): rnd(0, 3) for _ in range(n1)}
    b = {rnd(-20, 60) * choice([1, 8, 32]): rnd(0, 3) for _ in range(n2)}
    s = set(rnd(-20, 60) for _ in range(rnd(0, 15)))
    ka, kb, ia, ib = a.keys(), b.keys(), a.items(), b.items()
    out.append((list(ka & kb), list(ka | kb), list(ka - kb), list(ka ^ kb)))
    out.append((list(ia & ib), list(ia | ib), list(ia - ib), list(ia ^ ib)))
    out.append((list(ka & s), list(s & ka), list(ka | s), list(s | ka), list(ka - s), list(s - ka), list(ka ^ s), list(s ^ ka)))
    out.append((list(ka & list(s)), list(list(s) - ka), ka < s, ka <= s, s > ka, ka >= kb, ia <= ib, ka.isdisjoint(s), ia.isdisjoint(ib)))
for o in out:
    print(o)
