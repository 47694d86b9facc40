def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)

def report(name, values):
    avg = average(values)
    print(name, "average", avg)
    return avg

def run():
    report("first", [1, 2, 3, 4])
    report("second", [10, 20])
    report("empty", [])
    print("not reached")

print("start")
run()
print("not reached either")
