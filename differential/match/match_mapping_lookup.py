# Mapping patterns look keys up without triggering missing-key errors; values can be None.

def lookup(v):
    match v:
        case {"a": None}:
            return "a is None"
        case {"a": [x, *_]}:
            return f"a starts with {x}"
        case {"a": {"b": {"c": deep}}}:
            return f"deep {deep}"
        case {"a": a, "b": b} if a == b:
            return "a equals b"
        case {"a": _}:
            return "a present"
    return "no a"


for v in [{"a": None}, {"b": None}, {"a": [1, 2]}, {"a": []}, {"a": {"b": {"c": 3}}},
          {"a": {"b": {}}}, {"a": 2, "b": 2}, {"a": 2, "b": 3}, {"a": 0}, {}, {"A": 1}]:
    print(v, "->", lookup(v))


def views_and_items(v):
    match v:
        case {"x": x, "y": y, **others}:
            return sorted(others.items()), x + y
    return None


print(views_and_items({"y": 2, "x": 1, "w": 0, "v": -1}))
print(views_and_items(dict(x=10, y=20)))
print(views_and_items(dict.fromkeys("xyz", 1)))
print(views_and_items(dict.fromkeys("xz", 1)))

counts = {}
for word in "the cat and the hat and the bat".split():
    match counts:
        case {"the": n} if word == "the":
            counts["the"] = n + 1
        case _:
            counts[word] = counts.get(word, 0) + 1
print(counts)
