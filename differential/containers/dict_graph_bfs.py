graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["a"],
}

def bfs(start):
    dist = {start: 0}
    order = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                order.append(nxt)
                queue.append(nxt)
    return order, dist

def dfs(node, seen, out):
    seen[node] = True
    out.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, out)
    return out

def paths(src, dst):
    if src == dst:
        return [[dst]]
    out = []
    for nxt in graph[src]:
        for p in paths(nxt, dst):
            out.append([src] + p)
    return out

print(bfs("a"))
print(bfs("g"))
print(bfs("f"))
print(dfs("a", {}, []))
print(paths("a", "f"))
print(len(paths("g", "f")), paths("f", "a"))
indeg = {}
for n in graph:
    indeg.setdefault(n, 0)
    for m in graph[n]:
        indeg[m] = indeg.get(m, 0) + 1
print(indeg)
topo = []
ready = []
for n in sorted(indeg):
    if indeg[n] == 0:
        ready.append(n)
while ready:
    n = ready.pop(0)
    topo.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(topo)
