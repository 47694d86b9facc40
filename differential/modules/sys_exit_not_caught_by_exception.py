import sys

errors = []
for v in [1, "x", None]:
    try:
        errors.append(int(v))
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
def risky(n):
    if n == 3:
        sys.exit(4)
    if n % 2:
        raise ValueError("odd " + str(n))
    return n

for i in range(6):
    try:
        print("result", risky(i))
    except Exception as e:
        print("caught", type(e).__name__, e)
print("not reached")
