cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 1),
    ValueError(42),
    ValueError(""),
    ValueError(None),
    KeyError("key"),
    KeyError(7),
    KeyError(),
    KeyError("a", "b"),
    IndexError("idx"),
    TypeError("t", [1, 2]),
    ZeroDivisionError("custom zero"),
    AssertionError(),
    AssertionError("assert msg"),
    Exception("base", "multi", 3),
    RuntimeError("é 中 😀"),
    OverflowError(("tuple",)),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", len(e.args))
try:
    raise ValueError("x", "y")
except ValueError as e:
    print(e, e.args[1])
try:
    {}["it's"]
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError("with\nnewline")
except KeyError as e:
    print(str(e), e.args)
e1 = ValueError("stored")
print(str(e1), e1.args)
try:
    raise e1
except ValueError as caught:
    print("raised stored instance:", caught, caught is e1)
msgs = []
for exc in [IndexError("a"), KeyError("b"), ValueError("c")]:
    try:
        raise exc
    except Exception as e:
        msgs.append(type(e).__name__ + ":" + str(e))
print(msgs)
