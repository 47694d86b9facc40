values = [1, 2.5, "s", [1], (1,), {"k": 1}, None, True]
names = ["int", "float", "str", "list", "tuple", "dict", "None", "bool"]
ops = ["+", "-", "*", "/", "//", "**", "<"]
def apply(op, a, b):
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
        return a ** b
    return a < b

for op in ops:
    ok = 0
    failed = 0
    msgs = []
    for i in range(len(values)):
        for j in range(len(values)):
            try:
                apply(op, values[i], values[j])
                ok += 1
            except TypeError as e:
                failed += 1
                if i < 3 and j < 3:
                    msgs.append(str(e))
            except ZeroDivisionError:
                ok += 1
    print(op, "ok", ok, "failed", failed)
    for m in msgs:
        print("   ", m)
try:
    -"a"
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
try:
    +[1]
except TypeError as e:
    print("TypeError", e)
try:
    print(-None)
except TypeError as e:
    print("TypeError", e)
