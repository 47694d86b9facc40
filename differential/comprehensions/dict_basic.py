# Dict comprehensions: key order, duplicate keys, evaluation order.

print({x: x * x for x in range(6)})
print({c: i for i, c in enumerate("abracadabra")})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({w: len(w) for w in "one two three two".split()})
print({x: [y for y in range(x)] for x in range(4)})
log = []


def key(k):
    log.append("key " + str(k))
    return k


def val(v):
    log.append("val " + str(v))
    return v


d = {key(i): val(i * 10) for i in range(3)}
print(d)
print(log)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print("TypeError", e)
