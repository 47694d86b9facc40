def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    with_first = []
    for c in combinations(items[1:], k - 1):
        with_first.append([items[0]] + c)
    return with_first + combinations(items[1:], k)

def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    out = []
    for s in rest:
        out.append(s)
    for s in rest:
        out.append([items[0]] + s)
    return out

print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
ps = permutations(list("abcd"))
words = []
for p in ps:
    words.append("".join(p))
print(words[:6], words[-1], len(words))
print(combinations([1, 2, 3, 4], 2))
print(combinations(list("abcde"), 3))
print(combinations([1, 2], 3), combinations([], 0))
print(powerset([1, 2, 3]))
print(len(powerset(list(range(10)))))
def partitions(n, max_part):
    if n == 0:
        return [[]]
    out = []
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            out.append([p] + rest)
    return out
print(partitions(5, 5))
print(len(partitions(15, 15)))
