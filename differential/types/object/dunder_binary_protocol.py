# The binary operator protocol rebuilt from special methods: x.__op__(y),
# then y.__rop__(x), then TypeError; it agrees with the operators.
ops = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod",
       "**": "pow", "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor"}


def by_dunders(a, sym, b):
    name = ops[sym]
    f = getattr(type(a), f"__{name}__", None)
    r = f(a, b) if f is not None else NotImplemented
    if r is NotImplemented:
        g = getattr(type(b), f"__r{name}__", None)
        r = g(b, a) if g is not None else NotImplemented
    if r is NotImplemented:
        return "TypeError"
    return r


def by_operator(a, sym, b):
    try:
        if sym == "+":
            return a + b
        if sym == "-":
            return a - b
        if sym == "*":
            return a * b
        if sym == "/":
            return a / b
        if sym == "//":
            return a // b
        if sym == "%":
            return a % b
        if sym == "**":
            return a ** b
        if sym == "<<":
            return a << b
        if sym == ">>":
            return a >> b
        if sym == "&":
            return a & b
        if sym == "|":
            return a | b
        return a ^ b
    except TypeError:
        return "TypeError"


values = [3, True, 2.5, 1 + 1j, "ab", [1], (2,), {3}, frozenset({3, 4}), {"k": 1},
          b"x", None]
agree = 0
for a in values:
    for b in values:
        for sym in ops:
            try:
                x = by_dunders(a, sym, b)
            except Exception as e:
                x = type(e).__name__
            try:
                y = by_operator(a, sym, b)
            except Exception as e:
                y = type(e).__name__
            if repr(x) == repr(y):
                agree += 1
            else:
                print("differ", repr(a), sym, repr(b), repr(x), repr(y))
print("agree", agree)
