# Dicts in cycles: trees with parent links, adjacency dicts, and which
# dicts the collector tracks (a dict is tracked once it holds a container).
import gc

gc.disable()
gc.collect()


def tree(depth, parent):
    node = {"parent": parent, "children": [], "depth": depth}
    if depth < 4:
        for i in range(2):
            node["children"].append(tree(depth + 1, node))
    return node


root = tree(0, None)


def count(node):
    return 1 + sum(count(c) for c in node["children"])


print("nodes", count(root))
leaf = root["children"][1]["children"][0]["children"][1]["children"][0]
depth = 0
n = leaf
while n["parent"] is not None:
    n = n["parent"]
    depth = depth + 1
print("leaf depth", depth, n is root)
del root, leaf, n
print("tree", gc.collect())

graph = {}
for name in "abcde":
    graph[name] = {"name": name, "out": []}
for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "d")]:
    graph[a]["out"].append(graph[b])
print(sorted(k for k in graph if graph[k]["out"][0]["out"][0]["out"][0] is graph[k]))
del graph, a, b
print("graph", gc.collect())

d = {}
print("empty dict", gc.is_tracked(d))
d["n"] = 1
d["s"] = "text"
d[2] = 3.5
print("atomic dict", gc.is_tracked(d))
d["l"] = []
print("dict with list", gc.is_tracked(d))
print("dict literal", gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print("dict comprehension", gc.is_tracked({i: i * i for i in range(5)}))
e = {}
e["t"] = tuple([1, 2])
print("tuple value", gc.is_tracked(e))

a = {}
b = {"a": a}
a["b"] = b
c = {"pair": (a, b)}
del a, b
print("dict pair held", gc.collect())
del c
print("dict pair", gc.collect())

d = {}
d["self"] = d
d["values"] = d.values()
d["items"] = d.items()
del d
print("dict with views", gc.collect())
