depth_reached = 0

def dive(n):
    global depth_reached
    if n > depth_reached:
        depth_reached = n
    return dive(n + 1)

try:
    dive(0)
except RecursionError:
    print("RecursionError caught")
print("depth positive:", depth_reached > 100)

def nested_list(n):
    out = []
    for i in range(n):
        out = [out]
    return out

def measure(x):
    if not x:
        return 0
    return 1 + measure(x[0])

print(measure(nested_list(50)))
print(measure(nested_list(300)))

def guarded(n):
    try:
        return dive(n)
    except RecursionError:
        return "guarded " + str(n)

print(guarded(5))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(400))))
