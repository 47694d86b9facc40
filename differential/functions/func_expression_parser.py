def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()%^":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError("bad character " + repr(ch))
    return tokens
pos = 0
toks = []
def peek():
    return toks[pos] if pos < len(toks) else None
def advance():
    global pos
    t = toks[pos]
    pos += 1
    return t
def parse_expr():
    v = parse_term()
    while peek() in ("+", "-"):
        op = advance()
        r = parse_term()
        v = v + r if op == "+" else v - r
    return v
def parse_term():
    v = parse_factor()
    while peek() in ("*", "/", "%"):
        op = advance()
        r = parse_factor()
        v = v * r if op == "*" else v / r if op == "/" else v % r
    return v
def parse_factor():
    base = parse_unary()
    if peek() == "^":
        advance()
        return base ** parse_factor()
    return base
def parse_unary():
    t = peek()
    if t == "-":
        advance()
        return -parse_unary()
    if t == "(":
        advance()
        v = parse_expr()
        if peek() != ")":
            raise SyntaxError("expected )")
        advance()
        return v
    if t is None:
        raise SyntaxError("unexpected end")
    return advance()
def evaluate(s):
    global pos, toks
    toks = tokenize(s)
    pos = 0
    v = parse_expr()
    if pos != len(toks):
        raise SyntaxError("trailing tokens")
    return v
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "((((7))))", "2 * (3 + 4) * 5 - 1", "1.5 * 4", "-(-3)"]:
    print(e, "=", evaluate(e))
for bad in ["1 +", "(1 + 2", "1 2", "2 $ 3", "1 / 0"]:
    try:
        print(evaluate(bad))
    except (SyntaxError, ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
