# Iterating dicts and sets while they change, and dict views.

d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(keys), list(values), list(items), len(keys))
del d["a"]
print(list(keys), "b" in keys, ("b", 2) in items, 2 in values)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(keys & {"b", "x"}, sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(items & {("b", 2), ("c", 0)}, keys == {"b", "c", "d"}, keys.isdisjoint(["q"]))

try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))

try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)

# Changing values (not keys) while iterating is allowed.
counts = {"x": 1, "y": 2}
for k in counts:
    counts[k] *= 10
print(counts)

# Removing and re-adding a key keeps the size but is still detected on
# the next step only if the size changed.
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

# A list may be appended to during iteration: the loop sees the new items.
items_list = [1, 2]
for v in items_list:
    if v < 4:
        items_list.append(v + 2)
print(items_list)

# Removing while iterating skips elements, exactly as CPython does.
nums = [1, 2, 2, 3, 2, 4]
for v in nums:
    if v == 2:
        nums.remove(v)
print(nums)

# A dict iterator remembers its position; a fresh one starts over.
it = iter({"p": 1, "q": 2, "r": 3})
print(next(it), list(it), list(it))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
