# Comprehension targets are local to the comprehension: they never leak,
# never clobber a same-named variable, and tuple/starred targets work.

i = "module i"
pairs = [(1, "a"), (2, "b")]
print([i for i in range(3)], i)
print({k: v for k, v in pairs})
try:
    print(k)
except NameError as e:
    print("NameError", e)
print({a for a, *rest in [(1, 2, 3), (4,)]}, [rest for a, *rest in [(1, 2, 3), (4,)]])
print([first + last for first, *_, last in ["xyz", "ab", "hello"]])
print([(x, y, z) for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]])


def in_function():
    total = 0
    values = [total for total in range(5)]
    return values, total


print(in_function())


def leaked_name():
    [unique_target for unique_target in range(2)]
    try:
        return unique_target
    except NameError as e:
        return "NameError " + str(e)


print(leaked_name())


def nested_targets_independent():
    x = "outer"
    grid = [[x * 10 + y for y in range(x)] for x in range(1, 4)]
    return grid, x


print(nested_targets_independent())


def unpack_errors():
    out = []
    for data in ([(1, 2, 3)], [(1,)], [5]):
        try:
            out.append([a + b for a, b in data])
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append([(a, b) for a, *b, c in [(1,)]])
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return out


for line in unpack_errors():
    print(line)


def targets_can_be_subscripts():
    box = [0, 0, 0]
    d = {}
    [None for box[0] in range(4)]
    [None for d["last"] in "xyz"]
    return box, d


print(targets_can_be_subscripts())
