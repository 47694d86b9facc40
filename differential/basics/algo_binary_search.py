def bsearch(arr, target):
    lo = 0
    hi = len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        elif arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(arr, target):
    lo = 0
    hi = len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = list(range(0, 300, 3))
for t in [0, 3, 150, 297, 298, -1, 1000, 151]:
    print(t, bsearch(data, t), lower_bound(data, t))
words = ["apple", "banana", "cherry", "date", "fig", "grape"]
for w in ["cherry", "apple", "grape", "coconut", "zzz", ""]:
    print(w, bsearch(words, w), lower_bound(words, w))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [2, 5, 4, 9, 0]:
    print(t, lower_bound(dups, t))
def isqrt(n):
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127, 10 ** 40 + 1]:
    print(n, isqrt(n))
