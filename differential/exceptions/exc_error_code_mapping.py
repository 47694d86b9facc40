import sys

CODES = {"ValueError": 2, "KeyError": 3, "IndexError": 4, "ZeroDivisionError": 5, "TypeError": 6}

def action(n):
    if n == 0:
        return "ok"
    if n == 1:
        return int("bad")
    if n == 2:
        return {}["missing"]
    if n == 3:
        return [][0]
    if n == 4:
        return n / 0
    if n == 5:
        return len(n)
    raise RuntimeError("unmapped failure " + str(n))

def run(n):
    try:
        result = action(n)
    except Exception as e:
        name = type(e).__name__
        code = CODES.get(name, 1)
        print(f"[{code}] {name}: {e}", file=sys.stderr)
        return code
    print("result", result)
    return 0

codes = []
for n in range(7):
    codes.append(run(n))
print(codes)
print(max(codes), sum(codes), codes.count(0))
