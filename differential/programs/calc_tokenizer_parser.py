# A small calculator: a generator tokenizer, a recursive-descent parser
# producing tuples, and an evaluator written with match.


def tokens(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            lexeme = text[i:j]
            yield ("num", float(lexeme) if "." in lexeme else int(lexeme))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("name", text[i:j])
            i = j
        elif ch in "+-*/%^(),":
            yield ("op", ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    yield ("end", None)


def parse(text):
    stream = tokens(text)
    current = next(stream)

    def advance():
        nonlocal current
        tok = current
        current = next(stream, ("end", None))
        return tok

    def expect(kind, value=None):
        tok = advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def expression():
        node = term()
        while current in (("op", "+"), ("op", "-")):
            node = (advance()[1], node, term())
        return node

    def term():
        node = power()
        while current[0] == "op" and current[1] in "*/%":
            node = (advance()[1], node, power())
        return node

    def power():
        base = unary()
        if current == ("op", "^"):
            advance()
            return ("^", base, power())
        return base

    def unary():
        if current == ("op", "-"):
            advance()
            return ("neg", unary())
        return atom()

    def atom():
        kind, value = advance()
        match kind, value:
            case "num", _:
                return ("num", value)
            case "name", name if current == ("op", "("):
                advance()
                args = [] if current == ("op", ")") else [expression()]
                while current == ("op", ","):
                    advance()
                    args.append(expression())
                expect("op", ")")
                return ("call", name, *args)
            case "name", name:
                return ("var", name)
            case "op", "(":
                node = expression()
                expect("op", ")")
                return node
            case _:
                raise SyntaxError(f"unexpected {value!r}")

    tree = expression()
    expect("end")
    return tree


FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}


def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unknown variable {name}") from None
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("call", name, *args):
            return FUNCS[name](*(evaluate(a, env) for a in args))
        case (op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
                case "%": return a % b
                case "^": return a ** b
    raise ValueError(f"bad node {node!r}")


env = {"x": 3, "y": 4.5, "big": 10**20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * y - 1", "big * big + 1",
            "max(1, x, y) + min(4, 2)", "sum(1, 2, 3, 4) % 5", "abs(-7.25)", "10 / 4", "7 % -3",
            "1 / 0", "z + 1", "2 * (3", "3 $ 4", "max()", "1 2", "sum()"]:
    try:
        tree = parse(src)
        print(f"{src!r:28} -> {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
print(parse("max(1, -2) * 3"))
