# Builtins that consume sets through the iterator protocol.
s = set([5, 3, 9, 1, 7])
f = frozenset([2, 4, 6])
print(len(s), len(f), len(set()), len(frozenset()))
print(sorted(s), sorted(f, reverse=True), sorted(set("hello")))
print(list(s), tuple(f), list(set()), tuple(frozenset()))
print(sum(s), sum(f, 100), sum(set([0.5, 0.25])))
print(min(s), max(s), min(f), max(f), min(s, default=0), max(set(), default="none"))
print(min(set(["pear", "fig", "apple"]), key=len), max(set(["pear", "fig", "apple"]), key=len))
print(any(set([0, False])), any(s), all(s), all(set([0, 1])), all(set()), any(frozenset()))
print(list(enumerate(set([10, 20]))), list(zip(set([1, 2]), "ab")))
print(sorted(map(str, s)), list(filter(None, set([0, 1, "", "x"]))))
print("-".join(sorted(set(["b", "a", "c"]))), ",".join(set(["only"])))
print(bool(s), bool(set()), bool(frozenset()), not set(), not f)
print(isinstance(s, set), isinstance(f, (list, frozenset)), isinstance(s, frozenset))
print(type(s).__name__, type(f).__name__, type(iter(s)).__name__, type(iter(f)).__name__)

items = [3, 1, 3, 2, 1]
items.extend(set([7]))
print(items, list(reversed(sorted(set(items)))))
print(dict.fromkeys(set([1, 2]), 0) if hasattr(dict, "fromkeys") else {1: 0, 2: 0})
print(dict(zip(sorted(set("cab")), range(3))))
print(str(set([1])), repr(frozenset([2])))

# Deduplicating while keeping the first occurrence order.
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"))

# Counting distinct values per group.
groups = {}
for name, tag in [("a", 1), ("b", 2), ("a", 3), ("a", 1), ("b", 2), ("c", 9)]:
    if name not in groups:
        groups[name] = set()
    groups[name].add(tag)
for name in sorted(groups):
    print(name, groups[name], len(groups[name]))

# Graph reachability with a visited set.
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [1], 5: [], 6: [1]}


def reachable(start):
    visited = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        for nxt in graph[node]:
            stack.append(nxt)
    return visited


for node in sorted(graph):
    print(node, reachable(node), sorted(reachable(node)))

# Primes with a set of composites.
composites = set()
primes = []
for n in range(2, 60):
    if n not in composites:
        primes.append(n)
        for k in range(n * n, 60, n):
            composites.add(k)
print(primes, len(composites))
