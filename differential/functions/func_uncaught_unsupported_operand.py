print(1 + 2.5, 2.5 + True, [1] + [2])
try:
    print(1 + "2")
except TypeError as e:
    print("caught:", e)
def add_all(items):
    total = 0
    for item in items:
        total = total + item
    return total

def average(items):
    return add_all(items) / len(items)

def summarize(groups):
    for name in groups:
        print(name, average(groups[name]))

summarize({"ints": [1, 2, 3], "floats": [0.5, 1.5]})
summarize({"mixed": [1, "2", 3]})
