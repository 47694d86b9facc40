def safe_get(d, k):
    try:
        return d[k]
    except KeyError:
        return None
print(safe_get({"a": 1}, "a"), safe_get({}, "a"))
def load(key, store):
    try:
        return store[key]
    except KeyError:
        print("load failed for", repr(key))
        raise

def load_many(keys, store):
    values = []
    for k in keys:
        values.append(load(k, store))
    return values

store = {"a": 1, "b": 2}
print(load_many(["a", "b"], store))
print(load_many(["b", "zz", "a"], store))
