def op_add(a, b):
    return a + b

def op_sub(a, b):
    return a - b

def op_mul(a, b):
    return a * b

def op_div(a, b):
    return a / b

def op_pow(a, b):
    return a ** b

def op_mod(a, b):
    return a % b

ops = {"+": op_add, "-": op_sub, "*": op_mul, "/": op_div, "^": op_pow, "%": op_mod}

def calculate(a, op, b):
    if op not in ops:
        return "unknown op " + op
    try:
        return ops[op](a, b)
    except ZeroDivisionError as e:
        return "error: " + str(e)

for a, op, b in [(6, "+", 3), (6, "-", 9), (6, "*", 7), (7, "/", 2), (2, "^", 10), (17, "%", 5), (1, "/", 0), (5, "%", 0), (1, "?", 1), (2.5, "*", 4)]:
    print(a, op, b, "=", calculate(a, op, b))

def cmd_hello(args):
    return "hello " + " ".join(args)

def cmd_count(args):
    return str(len(args))

def cmd_rev(args):
    out = []
    for a in reversed(args):
        out.append(a)
    return " ".join(out)

commands = {"hello": cmd_hello, "count": cmd_count, "rev": cmd_rev}
script = ["hello world", "count a b c", "rev one two three", "bogus x", "count"]
for line in script:
    parts = line.split()
    name = parts[0]
    handler = commands.get(name)
    if handler is None:
        print("no such command:", name)
    else:
        print(name, "->", handler(parts[1:]))
print(sorted(commands), len(ops))
