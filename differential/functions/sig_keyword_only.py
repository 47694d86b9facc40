# Keyword-only parameters: required ones, defaults, and the errors.

def connect(host, *, port=80, timeout, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"


print(connect("a", timeout=5))
print(connect("b", port=8080, timeout=1, retries=0))
print(connect(host="c", timeout=2.5))
print(connect.__kwdefaults__)
print(connect.__defaults__)

calls = [
    ("no timeout", lambda: connect("x")),
    ("positional port", lambda: connect("x", 81, timeout=1)),
    ("unknown kw", lambda: connect("x", timeout=1, bogus=2)),
    ("dup host", lambda: connect("x", host="y", timeout=1)),
    ("nothing", lambda: connect()),
]
for label, call in calls:
    try:
        print(label, call())
    except TypeError as e:
        print(label, "->", e)


def only_kw(*, a, b, c=3):
    return a + b + c


for args in [{}, {"a": 1}, {"b": 2}, {"a": 1, "b": 2}, {"a": 1, "b": 2, "c": 10}]:
    try:
        print(sorted(args.items()), only_kw(**args))
    except TypeError as e:
        print(sorted(args.items()), "->", e)

try:
    only_kw(1, 2)
except TypeError as e:
    print(e)
try:
    only_kw(1, a=2, b=3)
except TypeError as e:
    print(e)
