# A small stack machine: instructions as tuples, dispatch with match,
# errors reported with the faulting program counter.



def run(program, trace=False):
    stack = []
    pc = 0
    steps = 0
    output = []
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        steps += 1
        if steps > 1000:
            raise RuntimeError(f"step limit exceeded at pc={pc}")
        ins = program[pc]
        pc += 1
        try:
            match ins:
                case ("push", value):
                    stack.append(value)
                case ("pop",):
                    stack.pop()
                case ("dup",):
                    stack.append(stack[-1])
                case ("swap",):
                    stack[-1], stack[-2] = stack[-2], stack[-1]
                case ("add" | "sub" | "mul" | "div" | "mod" as op,):
                    b, a = stack.pop(), stack.pop()
                    stack.append({"add": a + b, "sub": a - b, "mul": a * b}.get(op) if op in ("add", "sub", "mul")
                                 else a // b if op == "div" else a % b)
                case ("label", _):
                    pass
                case ("jump", label):
                    pc = labels[label]
                case ("jz", label):
                    if stack.pop() == 0:
                        pc = labels[label]
                case ("print",):
                    output.append(stack[-1])
                case ("halt",):
                    break
                case (op, *args):
                    raise ValueError(f"unknown instruction {op}/{len(args)}")
        except IndexError:
            raise RuntimeError(f"stack underflow at pc={pc - 1} ({ins[0]})") from None
        except ZeroDivisionError as e:
            raise RuntimeError(f"arithmetic error at pc={pc - 1}: {e}") from e
        except KeyError as e:
            raise RuntimeError(f"undefined label {e} at pc={pc - 1}") from None
        if trace:
            print(f"  {pc - 1:2d} {ins!s:20} {stack}")
    return output, stack


countdown = [("push", 3), ("label", "top"), ("print",), ("push", 1), ("sub",), ("dup",),
             ("jz", "end"), ("jump", "top"), ("label", "end"), ("halt",), ("push", 99)]
print(run(countdown))
factorial = [("push", 1), ("push", 10), ("label", "loop"), ("dup",), ("jz", "done"), ("dup",),
             ("push", -1), ("add",), ("swap",), ("push", 0), ("add",), ("swap",), ("pop",),
             ("jump", "loop"), ("label", "done"), ("pop",)]
print(run([("push", 6), ("push", 7), ("mul",), ("print",), ("push", 4), ("mod",)], trace=True))
for bad in [[("add",)], [("push", 1), ("push", 0), ("div",)], [("jump", "nowhere")],
            [("frobnicate", 1, 2)], [("label", "x"), ("jump", "x")]]:
    try:
        print(run(bad))
    except (RuntimeError, ValueError) as e:
        cause = e.__cause__
        print(f"{type(e).__name__}: {e}", f"(cause: {type(cause).__name__})" if cause else "")
