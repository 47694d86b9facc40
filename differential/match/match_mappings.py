# Mapping patterns: required keys, extra keys, **rest, nested values.

def handle(event):
    match event:
        case {"type": "click", "pos": [x, y]}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **mods} if mods:
            return f"key {k} with {sorted(mods.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": [3, 4]},
    {"type": "click", "pos": (5, 6)},
    {"type": "click", "pos": [1]},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))


def rest_only(v):
    match v:
        case {**rest}:
            return rest
    return None


original = {"a": 1, "b": 2}
copy = rest_only(original)
print(copy, copy is original, copy == original)
print(rest_only([1]))


def keys_kinds(v):
    match v:
        case {1: one, "1": text, None: nothing}:
            return (one, text, nothing)
        case _:
            return "missing"


print(keys_kinds({1: "int", "1": "str", None: "none", 2: "extra"}))
print(keys_kinds({1: "int", "1": "str"}))
print(keys_kinds({True: "bool key", "1": "s", None: 0}))
