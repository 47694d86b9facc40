# A deterministic random walk over numeric operators and operands of int, bool, float and complex.
state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


pool = [0, 1, -1, 2, -3, 7, 10, 255, -256, 2 ** 31, 2 ** 47 - 1, -2 ** 47, 2 ** 63, -2 ** 64 + 1,
        10 ** 20, -(10 ** 30) - 7, True, False, 0.0, -0.0, 0.5, -1.5, 2.25, 1e-7, 1e16, -1e300,
        3.141592653589793, float("inf"), float("-inf"), float("nan"), 1e308, 5e-324, 0j, 1j,
        -2 + 3j, 0.5 - 0.25j, complex(1e200, -1e-200), complex(-0.0, 0.0)]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "<", ">=",
       "divmod", "pow3", "round", "abs", "neg", "inv", "hash", "bool", "int", "float", "complex",
       "str", "fmt"]
specs = ["", "g", ".3e", "+.2f", "x", "#b", ",", "_", "08.2f", ">12", "^9.1%", "n", "z.0f", ".12g",
         "#.3g", "c", "e", "E", "F", "G"]


def apply(op, a, b, c):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    if op == "**":
        if isinstance(b, int) and abs(b) > 300 and isinstance(a, int) and abs(a) > 1:
            return "skip"
        return a ** b
    if op == "<<":
        if isinstance(b, int) and b > 5000:
            return "skip"
        return a << b
    if op == ">>":
        return a >> b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "^":
        return a ^ b
    if op == "==":
        return (a == b, a != b)
    if op == "<":
        return a < b
    if op == ">=":
        return a >= b
    if op == "divmod":
        return divmod(a, b)
    if op == "pow3":
        return pow(a, b, c)
    if op == "round":
        if isinstance(b, int) and not isinstance(b, bool) and -400 < b < 400:
            return round(a, b)
        return round(a)
    if op == "abs":
        return abs(a)
    if op == "neg":
        return (-a, +a)
    if op == "inv":
        return ~a
    if op == "hash":
        if a != a:
            return "nan"
        return hash(a)
    if op == "bool":
        return bool(a)
    if op == "int":
        return int(a)
    if op == "float":
        return float(a)
    if op == "complex":
        return complex(a, b)
    if op == "str":
        return (str(a), repr(a))
    return format(a, specs[rnd(len(specs))])


for step in range(3000):
    a = pool[rnd(len(pool))]
    b = pool[rnd(len(pool))]
    c = pool[rnd(len(pool))]
    op = ops[rnd(len(ops))]
    try:
        r = apply(op, a, b, c)
        text = repr(r)
        if len(text) > 120:
            text = text[:60] + "..." + str(len(text))
        print(step, op, repr(a), repr(b), text)
    except Exception as e:
        print(step, op, repr(a), repr(b), type(e).__name__, str(e)[:100])
