# Rich comparison rebuilt from special methods: x.__op__(y), then the
# reflected y.__rop__(x), then identity for ==/!= or TypeError.
reflect = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}


def by_dunders(a, name, b):
    r = getattr(a, f"__{name}__")(b)
    if r is NotImplemented:
        r = getattr(b, f"__{reflect[name]}__")(a)
    if r is NotImplemented:
        if name == "eq":
            return a is b
        if name == "ne":
            return a is not b
        return "TypeError"
    return r


def by_operator(a, name, b):
    try:
        return {"lt": lambda: a < b, "le": lambda: a <= b, "gt": lambda: a > b,
                "ge": lambda: a >= b, "eq": lambda: a == b, "ne": lambda: a != b}[name]()
    except TypeError:
        return "TypeError"


values = [1, True, 1.0, 2.5, 1j, "a", "b", b"a", bytearray(b"a"), [1], (1,), {1}, frozenset({1}),
          {1: 2}, range(1), slice(1), None]
mismatch = 0
count = 0
for a in values:
    for b in values:
        for name in reflect:
            x = by_dunders(a, name, b)
            y = by_operator(a, name, b)
            count += 1
            if x != y:
                mismatch += 1
                print("differ", repr(a), name, repr(b), x, y)
print(count, "comparisons", mismatch, "mismatches")
