# Mapping patterns: extra keys are ignored, **rest collects them in order, subject unchanged.

def collect(v):
    match v:
        case {"id": ident, **rest} if not rest:
            return ("bare id", ident)
        case {"id": ident, "tags": [*tags], **rest}:
            return ("tagged", ident, tags, rest)
        case {"id": ident, **rest}:
            return ("id with rest", ident, list(rest), type(rest).__name__)
        case {}:
            return ("mapping without id", len(v))
    return ("not a mapping", type(v).__name__)


subjects = [
    {"id": 1},
    {"id": 2, "tags": ["a", "b"], "z": 0, "a": 1},
    {"z": 1, "id": 3, "y": 2, "x": 3},
    {"tags": []},
    {},
    [("id", 1)],
    "id",
    {"id": 4, "tags": "ab"},
]
for s in subjects:
    print(collect(s))

d = {"id": 9, "k": 1}
match d:
    case {"id": _, **rest}:
        rest["new"] = True
print(d, rest)


def non_string_keys(v):
    match v:
        case {0: zero, 1.5: f, "t": t, True: b}:
            return zero, f, t, b
        case {None: n, -1: m}:
            return n, m
    return "no"


print(non_string_keys({0: "z", 1.5: "f", "t": "t", True: "b"}))
print(non_string_keys({0: "z", 1.5: "f", "t": "t", 1: "one as True"}))
print(non_string_keys({False: "false key", 1.5: "f", "t": "t", 1.0: "x"}))
print(non_string_keys({None: "n", -1: "m", "extra": 0}))
print(non_string_keys({None: "n"}))
