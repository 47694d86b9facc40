# except clauses with tuples built at run time, and invalid classes (nested tuples included).
def raiser(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "key":
        raise KeyError("k")
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        raise TypeError("t")
    return "none raised"


lookup_family = (KeyError, IndexError)
combined = (ValueError, TypeError) + lookup_family
for kind in ["value", "key", "zero", "type", "fine"]:
    try:
        print(raiser(kind))
    except combined as e:
        print("combined tuple caught", type(e).__name__)
    except ArithmeticError as e:
        print("arithmetic", type(e).__name__, e)

handlers = []
for kind in ["value", "key"]:
    handlers.append(ValueError if kind == "value" else LookupError)
for kind in ["value", "key", "zero"]:
    try:
        try:
            raiser(kind)
        except tuple(handlers) as e:
            print("dynamic tuple caught", type(e).__name__)
    except ZeroDivisionError:
        print("fell through to outer")

for bad in [int, "ValueError", (ValueError, 5), (KeyError, (ValueError,)), [ValueError]]:
    try:
        try:
            raiser("value")
        except bad:
            print("unexpected")
    except TypeError as e:
        print("TypeError", e)

try:
    try:
        raiser("fine")
    except 42:
        print("not reached")
    print("no exception: the bad clause is never evaluated")
except TypeError as e:
    print("TypeError", e)

empty = ()
try:
    try:
        raiser("value")
    except empty:
        print("empty tuple catches nothing")
except ValueError:
    print("went past the empty tuple")
