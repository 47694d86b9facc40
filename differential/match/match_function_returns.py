# match in functions: early returns, fallthrough returning None, nested matches and recursion.

def evaluate(expr):
    match expr:
        case ["+", left, right]:
            return evaluate(left) + evaluate(right)
        case ["*", left, right]:
            return evaluate(left) * evaluate(right)
        case ["-", operand]:
            return -evaluate(operand)
        case ["if", cond, then, otherwise]:
            return evaluate(then) if evaluate(cond) else evaluate(otherwise)
        case [op, *_]:
            raise ValueError(f"bad operator {op!r}")
        case number:
            return number


print(evaluate(["+", 1, ["*", 2, 3]]))
print(evaluate(["if", ["-", 0], 10, ["-", ["+", 4, 5]]]))
print(evaluate(7.5))
try:
    evaluate(["/", 1, 2])
except ValueError as e:
    print(type(e).__name__, e)


def no_default(v):
    match v:
        case 1:
            return "one"
        case [x]:
            if x:
                return "truthy single"


print(no_default(1), no_default([0]), no_default([1]), no_default(2))


def nested(cmd):
    match cmd:
        case {"action": action, "target": target}:
            match action, target:
                case ("open", [path]):
                    return f"open {path}"
                case ("open", [*paths]):
                    return f"open {len(paths)} files"
                case ("close", _):
                    return "close"
            return f"unsupported {action}"
    return "malformed"


for c in [{"action": "open", "target": ["a.txt"]}, {"action": "open", "target": ("a", "b")},
          {"action": "close", "target": None}, {"action": "copy", "target": 1}, {"x": 1}]:
    print(nested(c))


def length(xs):
    match xs:
        case []:
            return 0
        case [_, *rest]:
            return 1 + length(rest)


print(length(list(range(12))), length(()), length("abc"))
