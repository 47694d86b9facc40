# Deeply nested patterns: mappings inside sequences inside mappings, with stars and guards.
def describe(doc):
    match doc:
        case {"users": [{"name": name, "roles": [*_, "admin"]}, *others]}:
            return f"first user {name} is admin, {len(others)} more"
        case {"users": [{"name": name}, *_]}:
            return f"first user {name}"
        case {"users": []}:
            return "no users"
        case {"config": {"retries": (0 | 1) as r, **opts}} if not opts:
            return f"few retries {r}"
        case {"config": {"retries": r, **opts}}:
            return f"retries {r} with {sorted(opts)}"
        case [[x, y], [z, *_], *_] if x + y == z:
            return f"sum rows {x}+{y}={z}"
        case [[_, _], [_, *_], *rest]:
            return f"grid with {len(rest)} extra rows"
    return "unrecognised"


docs = [
    {"users": [{"name": "ann", "roles": ["dev", "admin"]}, {"name": "bob"}]},
    {"users": [{"name": "cid", "roles": ["admin", "dev"]}]},
    {"users": [{"name": "dee", "roles": "admin"}]},
    {"users": [{"nom": "x"}]},
    {"users": []},
    {"users": ()},
    {"config": {"retries": 1}},
    {"config": {"retries": 0, "timeout": 5}},
    {"config": {"retries": 3, "b": 1, "a": 2}},
    [[1, 2], [3]],
    [[1, 2], [4, 5], [6]],
    [(1, 1), (5,), [], []],
    [[1], [2]],
    {"config": []},
]
for d in docs:
    print(describe(d))


def tree_depth(node):
    match node:
        case {"left": left, "right": right}:
            return 1 + max(tree_depth(left), tree_depth(right))
        case {"left": child} | {"right": child}:
            return 1 + tree_depth(child)
        case None:
            return 0
        case {}:
            return 1
    raise TypeError(f"not a tree: {node!r}")


tree = {"left": {"left": {}, "right": {"right": {}}}, "right": None}
print(tree_depth(tree), tree_depth({}), tree_depth(None))
try:
    tree_depth({"left": [1]})
except TypeError as e:
    print(type(e).__name__, e)
