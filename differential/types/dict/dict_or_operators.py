# The | and |= operators merge dicts; |= accepts pairs, | only dicts.
a = {"a": 1, "b": 2}
b = {"b": 20, "c": 30}
print(a | b, b | a, a)
c = a
c |= b
print(c, a, c is a)
c |= [("d", 4), ("a", 0)]
print(c)
c |= {}
print(c)
c |= zip("xy", range(2))
print(c)
for other in [[("k", 1)], 5, None, {"z"}]:
    try:
        print(a | other)
    except TypeError as e:
        print("TypeError", e)
for other in [5, [1, 2], [("only",)]]:
    try:
        d = {}
        d |= other
        print(d)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({1: "int"} | {1.0: "float"}, {True: "t"} | {1: "one"})
merged = {}
for part in [{"x": 1}, {"y": 2}, {"x": 3}]:
    merged = merged | part
print(merged)
