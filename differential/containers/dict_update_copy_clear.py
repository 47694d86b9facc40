d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update(e=5, f=6)
print(d)
d.update({"g": 7}, h=8)
print(d)
d.update()
print(d)
d.update({})
print(d)
print(d.update({"z": 0}))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d)
nested = {"l": [1, 2]}
shallow = nested.copy()
shallow["l"].append(3)
print(nested, shallow)
alias = d
d.clear()
print(d, alias, len(alias))
try:
    d.update(5)
except TypeError as e:
    print("TypeError", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    d.update({}, {})
except TypeError as e:
    print("TypeError", e)
base = {"host": "localhost", "port": 80, "debug": False}
override = {"port": 8080, "debug": True}
merged = base.copy()
merged.update(override)
print(base)
print(merged)
print(d.clear(), d)
