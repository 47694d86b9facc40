# match inside loops: break, continue and else interplay with cases.

def process(commands):
    stack = []
    out = []
    for cmd in commands:
        match cmd.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                if not stack:
                    out.append("pop on empty")
                    continue
                out.append(stack.pop())
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["dup"]:
                stack.append(stack[-1])
            case ["stop"]:
                out.append("stopping")
                break
            case ["skip", *_]:
                continue
            case [op, *args]:
                out.append(f"unknown {op} {args}")
            case []:
                out.append("blank")
        out.append(list(stack))
    else:
        out.append("ran to the end")
    return out


print(process(["push 1", "push 2", "add", "dup", "pop", "pop", "pop", "", "mul 2 3"]))
print(process(["push 5", "skip me", "stop", "push 6"]))

found = None
i = 0
while True:
    i += 1
    match i % 7, i % 5:
        case (0, 0):
            found = i
            break
        case (0, _) | (_, 0):
            continue
        case _:
            pass
print("found", found, "at", i)

pairs = []
for a in range(3):
    for b in range(3):
        match (a, b):
            case (x, y) if x == y:
                continue
            case (2, _):
                break
            case _:
                pairs.append((a, b))
print(pairs)
