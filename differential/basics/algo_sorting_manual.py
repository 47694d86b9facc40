def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick(a):
    if len(a) < 2:
        return a
    pivot = a[0]
    less = []
    more = []
    for x in a[1:]:
        if x < pivot:
            less.append(x)
        else:
            more.append(x)
    return quick(less) + [pivot] + quick(more)

data = [38, 27, 43, 3, 9, 82, 10, -5, 0, 27, 2 ** 65, -(2 ** 65)]
print(bubble(data))
print(insertion(data))
print(merge_sort(data))
print(quick(data))
print(sorted(data) == merge_sort(data) == quick(data) == insertion(data))
print(merge_sort(["pear", "Apple", "apple", "banana", ""]))
print(quick([3.5, -1.25, 2, 0.0, 1e10]))
print(bubble([]), insertion([1]), merge_sort([2, 1]))
