def first_duplicate(items):
    seen = {}
    for i, x in enumerate(items):
        if x in seen:
            return x, seen[x], i
        seen[x] = i
    return None

def all_positive(items):
    for x in items:
        if x <= 0:
            return False
    return True

def any_match(items, target):
    for x in items:
        if x == target:
            return True
    return False

def find_pair(items, total):
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] + items[j] == total:
                return i, j
    return -1, -1

def first_prime_after(n):
    k = n + 1
    while True:
        is_p = k > 1
        d = 2
        while d * d <= k:
            if k % d == 0:
                is_p = False
                break
            d += 1
        if is_p:
            return k
        k += 1

print(first_duplicate([3, 1, 4, 1, 5, 9, 2, 6, 5]), first_duplicate("abcdef"), first_duplicate("hello"))
print(all_positive([1, 2, 3]), all_positive([1, 0, 3]), all_positive([]))
print(any_match([1, 2, 3], 2), any_match([], None), any_match("xyz", "z"))
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 100), find_pair([5, 5], 10))
for n in [0, 1, 2, 13, 100, 1000, 10 ** 6]:
    print(n, first_prime_after(n))
