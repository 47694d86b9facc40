import math

def mean(xs):
    return math.fsum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    if n % 2:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2

def variance(xs):
    m = mean(xs)
    return math.fsum(sq_devs(xs, m)) / (len(xs) - 1)

def sq_devs(xs, m):
    out = []
    for x in xs:
        out.append((x - m) ** 2)
    return out

def stdev(xs):
    return math.sqrt(variance(xs))

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = None
    for x in xs:
        if best is None or counts[x] > counts[best]:
            best = x
    return best

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), median(data), round(variance(data), 10), round(stdev(data), 10), mode(data))
data2 = [1.5, 2.5, 2.5, 10.0, -3.25]
print(mean(data2), median(data2), round(variance(data2), 10), round(stdev(data2), 10), mode(data2))
print(median([5]), median([3, 1]), mean([0.1] * 10), mean([1e100, 1, -1e100]))
def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return s[f]
    return s[f] + (s[c] - s[f]) * (k - f)
for p in [0, 25, 50, 75, 90, 100]:
    print(p, percentile(data, p))
try:
    variance([1])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
