# A recursive pretty-printer and validator for JSON-like data, built on
# match with mapping, sequence and literal patterns.


def render(value, indent=0):
    pad = "  " * indent
    match value:
        case None:
            return "null"
        case True:
            return "true"
        case False:
            return "false"
        case _ if isinstance(value, float) and value != value:
            return '"NaN"'
        case s if isinstance(s, str):
            escaped = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            return f'"{escaped}"'
        case n if isinstance(n, (int, float)):
            return repr(n)
        case {}:
            if not value:
                return "{}"
            inner = ",\n".join(
                f"{pad}  {render(str(k))}: {render(v, indent + 1)}" for k, v in value.items()
            )
            return "{\n" + inner + "\n" + pad + "}"
        case [*_]:
            if not value:
                return "[]"
            if all(isinstance(x, (int, float)) for x in value):
                return "[" + ", ".join(render(x) for x in value) + "]"
            inner = ",\n".join(f"{pad}  {render(x, indent + 1)}" for x in value)
            return "[\n" + inner + "\n" + pad + "]"
        case _:
            raise TypeError(f"cannot render {type(value).__name__}")


def validate(record):
    match record:
        case {"id": ident, "name": name, **rest} if isinstance(ident, int) and isinstance(name, str) and ident > 0:
            extra = sorted(rest)
            return f"ok {ident} {name}" + (f" extra={extra}" if extra else "")
        case {"id": ident, "name": name} if isinstance(ident, int) and isinstance(name, str):
            return "bad id"
        case {"id": _, "name": _}:
            return "bad types"
        case {"id": _} | {"name": _}:
            return "incomplete"
        case [first, *others]:
            return f"list of {1 + len(others)} starting {validate(first)}"
        case _:
            return "unknown"


doc = {
    "name": "molt",
    "version": (0, 1),
    "tags": ["compiler", "python"],
    "ratio": 3.25,
    "nested": {"empty": {}, "list": [], "mixed": [1, "two", None, {"three": 3}], "nan": float("nan")},
    "flags": {"fast": True, "slow": False},
    "quote": 'say "hi"\n',
}
print(render(doc))
for rec in [{"id": 1, "name": "a"}, {"id": 2, "name": "b", "z": 1, "y": 2}, {"id": 0, "name": "c"},
            {"id": "3", "name": "d"}, {"id": 4}, {"name": "e"}, [{"id": 5, "name": "f"}, 2], "x", []]:
    print(validate(rec))
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
# A TypeError raised while join consumes a generator propagates unchanged.
try:
    ", ".join(render(x) for x in [1, object()])
except TypeError as e:
    print("TypeError:", e)
try:
    ", ".join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    b", ".join(bytes(x) for x in [1, "s"])
except TypeError as e:
    print("TypeError:", e)
