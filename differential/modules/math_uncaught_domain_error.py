import math

def std_dev(values):
    n = len(values)
    mean = sum(values) / n
    var = 0.0
    for v in values:
        var += (v - mean) ** 2
    return math.sqrt(var / n)

def bad_std_dev(values):
    n = len(values)
    mean = sum(values) / n
    return math.sqrt(mean - 10)

def report(values):
    print("std", round(std_dev(values), 6))
    print("bad", bad_std_dev(values))

report([10, 20, 30, 40])
report([1, 2, 3])
