# ==, != across int, float, complex and bool; ordering errors; hashes; dict and set keys.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


pairs = [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (0j, False), (0j, 0), (0j, -0.0),
         (1j, 1), (2 ** 53 + 1 + 0j, 2 ** 53 + 1), (complex(2 ** 53), 2 ** 53 + 1),
         (1 + 2j, 1 + 2j), (1 + 2j, 2 + 1j), (complex(float("nan"), 0), float("nan")),
         (1j, "1j"), (1j, None), (1j, [1j]), (complex(1e300 * 10, 0), 2 ** 2000),
         (complex(2.5), 2.5), (complex(0.1, 0), 0.1)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)


def eval_op(op, a, b):
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


for op in ["<", "<=", ">", ">="]:
    t(op, lambda: eval_op(op, 1j, 2j))
    t(op, lambda: eval_op(op, 1j, 2))
    t(op, lambda: eval_op(op, 2.5, 1j))
    t(op, lambda: eval_op(op, 1j, "x"))
t("sorted", lambda: sorted([1j, 2j]))
t("max", lambda: max(1j, 2j))
t("min", lambda: min([3, 1j]))
for z in [0j, 1 + 0j, 1.5 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, 2.5 - 3.25j, complex(1e300, 1e-300),
          complex(float("inf"), 1), complex(1, float("-inf")), complex(-0.0, -0.0),
          complex(2 ** 61 - 1, 0), complex(1, 2 ** 61), complex(-1, 0.5)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j))
d = {1: "int", 2.5: "float"}
d[1 + 0j] = "complex one"
d[2.5 + 0j] = "complex 2.5"
d[1j] = "i"
print(d)
print({1, 1.0, 1 + 0j, True, 1j, 1j * 1}, 1j in {1j: 0}, (1 + 0j) in [1], 0j in (0.0,))
print(len({complex(k, 0) for k in range(5)} | set(range(5))))
