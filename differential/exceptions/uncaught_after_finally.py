try:
    print("demo try")
finally:
    print("demo finally")
def step(n):
    try:
        print("step", n, "start")
        if n == 2:
            raise IndexError("step " + str(n) + " failed")
        print("step", n, "ok")
    finally:
        print("step", n, "cleanup")

def pipeline(count):
    try:
        for i in range(count):
            step(i)
    finally:
        print("pipeline cleanup")

pipeline(5)
print("never printed")
