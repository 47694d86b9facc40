colors = {"red": "#f00", "green": "#0f0", "blue": "#00f", "lime": "#0f0"}
inv = {}
for name, code in colors.items():
    inv[code] = name
print(inv)
inv_multi = {}
for name, code in colors.items():
    inv_multi.setdefault(code, []).append(name)
print(inv_multi)
def merge_sum(a, b):
    out = a.copy()
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out
x = {"a": 1, "b": 2}
y = {"b": 10, "c": 20}
print(merge_sum(x, y), merge_sum(y, x), x, y)
def deep_merge(a, b):
    out = {}
    for k in a:
        out[k] = a[k]
    for k in b:
        if k in out and isinstance(out[k], dict) and isinstance(b[k], dict):
            out[k] = deep_merge(out[k], b[k])
        else:
            out[k] = b[k]
    return out
base = {"db": {"host": "local", "port": 5432}, "debug": False, "tags": ["a"]}
over = {"db": {"port": 6543, "user": "admin"}, "debug": True, "tags": ["b"]}
print(deep_merge(base, over))
print(base)
keys = ["one", "two", "three"]
vals = [1, 2, 3]
zipped = dict(zip(keys, vals))
print(zipped, dict(zip(vals, keys)))
print(dict(zip(keys, vals[:2])))
filtered = {}
for k, v in zipped.items():
    if v % 2:
        filtered[k] = v * 100
print(filtered)
def item_value(p):
    return p[1]
scores = {"x": 30, "y": 10, "z": 20}
print(sorted(scores.items(), key=item_value))
print(dict(sorted(scores.items(), key=item_value, reverse=True)))
