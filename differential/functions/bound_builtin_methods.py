# Methods bound to builtin objects: __self__, __name__, __qualname__ (named
# after the receiver's type), and using them as first-class callables.

def gen():
    got = yield "first"
    yield got


g = gen()
items = [1, 2]
bound = [
    items.append, "abc".upper, g.send, g.throw, g.__next__, {}.get, True.bit_length,
    (1).to_bytes, int.from_bytes, iter([]).__next__, set().add, b"".hex,
    range(3).index, 1.5.is_integer,
]
for m in bound:
    print(m.__name__, m.__qualname__, type(m.__self__).__name__, callable(m))
print(items.append.__self__ is items, g.send.__self__ is g, int.from_bytes.__self__ is int)
push = items.append
for v in range(3, 6):
    push(v)
print(items)
step = g.__next__
print(step(), g.send("sent"))
upper_all = list(map(str.upper, ["a", "b"])), list(map("-".join, [["x", "y"], "zw"]))
print(upper_all)
lookup = {"a": 1}.get
print([lookup(k, 0) for k in "abc"])
counts = {}
bump = counts.setdefault
for w in "a b a".split():
    bump(w, []).append(w)
print(counts)
try:
    push()
except TypeError as e:
    print("TypeError", e)
try:
    items.append.__self__ = []
except AttributeError as e:
    print("AttributeError", type(e).__name__)
