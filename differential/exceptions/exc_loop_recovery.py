raw = ["10", "x", "5", "", "0", "2.5", "-4", "7"]
results = []
errors = []
for s in raw:
    try:
        n = int(s)
        results.append(100 // n)
    except ValueError as e:
        errors.append("bad int " + repr(s))
        continue
    except ZeroDivisionError:
        errors.append("zero")
        continue
    finally:
        pass
    print("processed", s)
print(results)
print(errors)
data = {"a": 1, "c": 3}
found = []
for key in "abcd":
    try:
        found.append(data[key])
    except KeyError as e:
        found.append(None)
print(found)
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 4:
            raise ValueError("attempt " + str(attempt))
        print("success on attempt", attempt)
        break
    except ValueError as e:
        print("retrying after", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError:
        return None
pairs = [(1, 2), (1, 0), (-1, 0), (0, 0), ("a", 1), (3, 1.5)]
out = []
for a, b in pairs:
    out.append(safe_div(a, b))
print(out)
