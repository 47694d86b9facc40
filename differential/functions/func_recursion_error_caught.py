def runaway(n):
    return runaway(n + 1)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print("caught", type(e).__name__)

try:
    mutual_a(0)
except RecursionError as e:
    print("caught mutual", type(e).__name__)

try:
    runaway(0)
except RuntimeError as e:
    print("RecursionError is a RuntimeError:", type(e).__name__)

def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)

print(safe_depth(200))
print("still works after recursion error")
try:
    runaway(0)
except Exception as e:
    print("caught by Exception:", type(e).__name__)
count = 0
for i in range(3):
    try:
        runaway(i)
    except RecursionError:
        count += 1
print("recovered", count, "times")
