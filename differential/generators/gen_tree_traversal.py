# Recursive generators with yield from: tree walks, permutations, subsets,
# and flattening with depth.

tree = ("a", ("b", ("d", None, None), ("e", None, None)), ("c", None, ("f", ("g", None, None), None)))


def preorder(node):
    if node is None:
        return
    value, left, right = node
    yield value
    yield from preorder(left)
    yield from preorder(right)


def inorder(node):
    if node:
        yield from inorder(node[1])
        yield node[0]
        yield from inorder(node[2])


def postorder(node):
    if node:
        yield from postorder(node[1])
        yield from postorder(node[2])
        yield node[0]


def with_depth(node, depth=0):
    if node:
        yield depth, node[0]
        for child in node[1:]:
            yield from with_depth(child, depth + 1)


def count_nodes(node):
    if node is None:
        return 0
    left = yield from count_nodes_gen(node[1])
    right = yield from count_nodes_gen(node[2])
    return 1 + left + right


def count_nodes_gen(node):
    total = yield from count_nodes(node)
    return total


print(list(preorder(tree)), "".join(inorder(tree)), "".join(postorder(tree)))
print(list(with_depth(tree)))
g = count_nodes(tree)
try:
    next(g)
except StopIteration as e:
    print("nodes", e.value)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def flatten(obj, depth=-1):
    for x in obj:
        if isinstance(x, (list, tuple)) and depth != 0:
            yield from flatten(x, depth - 1)
        else:
            yield x


print(["".join(p) for p in permutations("abc")])
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
nested = [1, [2, [3, [4, [5]]]], (6, (7,)), []]
print(list(flatten(nested)), list(flatten(nested, 1)))
fs = {"etc": {"hosts": None, "ssh": {"config": None}}, "tmp": {}, "readme": None}


def paths(d, prefix=""):
    for name, sub in d.items():
        path = prefix + "/" + name
        if sub is None:
            yield path
        else:
            yield path + "/"
            yield from paths(sub, path)


print(list(paths(fs)))


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(200)))
