def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k] if k else lst[:]

def windows(lst, size):
    out = []
    for i in range(len(lst) - size + 1):
        out.append(lst[i:i + size])
    return out

def moving_avg(lst, size):
    out = []
    total = sum(lst[:size])
    out.append(total / size)
    for i in range(size, len(lst)):
        total += lst[i] - lst[i - size]
        out.append(total / size)
    return out

data = [1, 2, 3, 4, 5, 6, 7]
for k in [0, 1, 3, 7, 8, -1, -10]:
    print(k, rotate(data, k))
print(rotate([], 3))
print(windows(data, 3))
print(windows(data, 7), windows(data, 8))
print(moving_avg([2, 4, 6, 8, 10, 12], 2))
print(moving_avg([1, 1, 1, 10, 1, 1], 3))
def max_subarray(lst):
    best = lst[0]
    cur = 0
    start = 0
    best_range = (0, 0)
    for i in range(len(lst)):
        if cur <= 0:
            cur = lst[i]
            start = i
        else:
            cur += lst[i]
        if cur > best:
            best = cur
            best_range = (start, i)
    return best, best_range
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(max_subarray([-3, -1, -2]))
def pairs_with_sum(lst, target):
    s = sorted(lst)
    i = 0
    j = len(s) - 1
    out = []
    while i < j:
        t = s[i] + s[j]
        if t == target:
            out.append((s[i], s[j]))
            i += 1
            j -= 1
        elif t < target:
            i += 1
        else:
            j -= 1
    return out
print(pairs_with_sum([1, 5, 7, -1, 5, 3, 4, 2], 6))
