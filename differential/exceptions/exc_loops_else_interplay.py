def scan(items):
    for x in items:
        try:
            if x < 0:
                raise ValueError("neg " + str(x))
        except ValueError as e:
            print("  skip", e)
            continue
        if x == 99:
            print("  found sentinel")
            break
        print("  value", x)
    else:
        print("  no sentinel, loop completed")

print("run 1")
scan([1, -2, 3])
print("run 2")
scan([1, 99, -5])
print("run 3")
try:
    for x in [1, 2, "three", 4]:
        print("  square", x * x)
    else:
        print("  never")
except TypeError as e:
    print("  loop aborted:", e)
n = 0
while n < 5:
    n += 1
    try:
        if n == 3:
            raise KeyError(n)
    except KeyError as e:
        print("  while caught", e)
        continue
    print("  n", n)
else:
    print("  while else reached", n)
def find_int(strings):
    for s in strings:
        try:
            return int(s)
        except ValueError:
            pass
    else:
        return None
print(find_int(["a", "b", "42", "7"]), find_int(["x", "y"]), find_int([]))
